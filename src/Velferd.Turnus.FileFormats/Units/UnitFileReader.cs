using System.Text.Json;
using Newtonsoft.Json.Linq;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.FileFormats.Units.Checks;
using Velferd.Turnus.FileFormats.Validation;

namespace Velferd.Turnus.FileFormats.Units;

/// <summary>The outcome of reading a unit file: the unit when there were no errors, and every issue found.</summary>
public sealed record UnitFileResult(Unit? Unit, IReadOnlyList<ValidationIssue> Issues)
{
    public bool IsValid => Unit is not null;

    public IEnumerable<ValidationIssue> Errors => Issues.Where(issue => issue.IsError);

    public IEnumerable<ValidationIssue> Warnings => Issues.Where(issue => !issue.IsError);
}

/// <summary>
/// Reads a unit file in three passes and reports every problem at once: JSON syntax (line and column),
/// the published schema (types, required fields, ranges, codes), then the semantic checks.
/// </summary>
public static class UnitFileReader
{
    public static UnitFileResult ReadFile(string path)
    {
        if (!File.Exists(path))
            return Failure(path, "$", $"file not found (looked in {Path.GetFullPath(path)})");
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return Failure(path, "$", $"cannot be read: {error.Message}");
        }
        return Parse(text, path);
    }

    public static UnitFileResult Parse(string json, string fileName)
    {
        if (JsonText.Parse(json, fileName) is not { } document)
            return new UnitFileResult(null, [JsonText.SyntaxError(json, fileName)]);

        var issues = new IssueList(fileName, document);
        SchemaValidator.Unit.Validate(document, issues);

        // Semantic checks run on what could be read, so type, range and cross-reference errors are reported together.
        var dto = Deserialize(document, issues);
        if (dto is not null)
            UnitChecks.Run(dto, issues);
        var unit = issues.HasErrors || dto is null ? null : UnitMapper.Map(dto);
        return new UnitFileResult(unit, InFileOrder(issues.Issues));
    }

    /// <summary>
    /// The file as typed records. A field whose value has the wrong type (the schema has said so) is left out and
    /// the rest is read, so the semantic checks still run. A wrongly typed list item stops them: leaving it out
    /// would shift the positions every later issue names.
    /// </summary>
    private static UnitFileDto? Deserialize(JToken document, IssueList issues)
    {
        var readable = document.DeepClone();
        for (var attempt = 0; attempt < MaxFieldsLeftOut; attempt++)
        {
            try
            {
                return JsonSerializer.Deserialize<UnitFileDto>(readable.ToString(Newtonsoft.Json.Formatting.None), JsonText.Options);
            }
            catch (JsonException error)
            {
                var path = error.Path ?? JsonPaths.Root;
                if (!issues.HasErrorAt(path))
                    issues.Error(path, "cannot be read: the value does not have the type this field needs (see docs/unit-file.md)");
                if (readable.SelectToken(path, errorWhenNoMatch: false)?.Parent is not JProperty property)
                    return null;
                property.Remove();
            }
        }
        return null;
    }

    private const int MaxFieldsLeftOut = 100;

    private static List<ValidationIssue> InFileOrder(IEnumerable<ValidationIssue> issues) =>
        issues.OrderBy(issue => issue.Line ?? int.MaxValue).ThenBy(issue => issue.Column ?? 0).ToList();

    private static UnitFileResult Failure(string file, string path, string message) =>
        new(null, [new ValidationIssue(file, path, null, message)]);
}
