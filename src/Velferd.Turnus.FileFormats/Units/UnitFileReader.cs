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
        var dto = TolerantJson.Deserialize<UnitFileDto>(document, issues, "docs/unit-file.md");
        if (dto is not null)
            UnitChecks.Run(dto, issues);
        var unit = issues.HasErrors || dto is null ? null : UnitMapper.Map(dto);
        return new UnitFileResult(unit, InFileOrder(issues.Issues));
    }

    internal static List<ValidationIssue> InFileOrder(IEnumerable<ValidationIssue> issues) =>
        issues.OrderBy(issue => issue.Line ?? int.MaxValue).ThenBy(issue => issue.Column ?? 0).ToList();

    private static UnitFileResult Failure(string file, string path, string message) =>
        new(null, [new ValidationIssue(file, path, null, message)]);
}
