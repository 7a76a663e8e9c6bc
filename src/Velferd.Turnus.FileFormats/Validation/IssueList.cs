using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Velferd.Turnus.FileFormats.Validation;

/// <summary>
/// Collects issues for one file, filling in the value found at each JSON path and its line and column,
/// so every check only has to say where and what.
/// </summary>
public sealed class IssueList(string file, JToken? document)
{
    private readonly List<ValidationIssue> issues = [];

    public string File { get; } = file;

    public IReadOnlyList<ValidationIssue> Issues => issues;

    public bool HasErrors => issues.Any(issue => issue.IsError);

    public bool HasErrorAt(string path) => issues.Any(issue => issue.IsError && issue.Path == path);

    public void Error(string path, string message) => Add(path, message, IssueSeverity.Error);

    public void Warning(string path, string message) => Add(path, message, IssueSeverity.Warning);

    /// <summary>An issue about a field that is missing: no value to show, the parent's line.</summary>
    public void Missing(string path, string message)
    {
        var parent = path[..Math.Max(path.LastIndexOf('.'), 1)];
        var (line, column) = LineOf(Find(parent));
        issues.Add(new ValidationIssue(File, path, null, message, IssueSeverity.Error, line, column));
    }

    public void AddRaw(ValidationIssue issue) => issues.Add(issue);

    private void Add(string path, string message, IssueSeverity severity)
    {
        var token = Find(path);
        var (line, column) = LineOf(token);
        issues.Add(new ValidationIssue(File, path, Show(token), message, severity, line, column));
    }

    private JToken? Find(string path)
    {
        if (document is null)
            return null;
        if (path == "$")
            return document;
        try
        {
            return document.SelectToken(path, errorWhenNoMatch: false);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Where the value starts. Newtonsoft places a container at its opening bracket but a plain value at its last
    /// character, so a value's column is moved back by its length as written.
    /// </summary>
    private static (int? Line, int? Column) LineOf(JToken? token)
    {
        if (token is not IJsonLineInfo info || !info.HasLineInfo())
            return (null, null);
        var column = token is JValue ? info.LinePosition - Show(token)!.Length + 1 : info.LinePosition;
        return (info.LineNumber, Math.Max(column, 1));
    }

    /// <summary>The value as written, shortened: objects and arrays are not repeated in full.</summary>
    internal static string? Show(JToken? token) => token switch
    {
        null => null,
        JObject => "{…}",
        JArray array => $"[{array.Count} items]",
        _ => token.ToString(Formatting.None),
    };
}
