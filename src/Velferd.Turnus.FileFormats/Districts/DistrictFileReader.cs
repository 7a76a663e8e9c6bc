using Velferd.Turnus.Domain.Torn.Districts;
using Velferd.Turnus.FileFormats.Units;
using Velferd.Turnus.FileFormats.Validation;

namespace Velferd.Turnus.FileFormats.Districts;

/// <summary>The outcome of reading a district: the district when neither its file nor its unit files had errors, and every issue.</summary>
public sealed record DistrictFileResult(District? District, IReadOnlyList<ValidationIssue> Issues)
{
    public bool IsValid => District is not null;

    public IEnumerable<ValidationIssue> Errors => Issues.Where(issue => issue.IsError);

    public IEnumerable<ValidationIssue> Warnings => Issues.Where(issue => !issue.IsError);
}

/// <summary>
/// Reads a district: district.json (syntax, schema, then the checks the schema cannot express) and every unit file
/// it names, relative to it, reporting all problems at once with file, line, column and path.
/// </summary>
public static class DistrictFileReader
{
    public const string FileName = "district.json";

    /// <param name="path">A district file, or a folder holding <see cref="FileName"/>.</param>
    public static DistrictFileResult Read(string path)
    {
        var file = Directory.Exists(path) ? Path.Combine(path, FileName) : path;
        if (!File.Exists(file))
        {
            var message = Directory.Exists(path)
                ? $"no {FileName} in this folder; a district is a folder with {FileName} and its unit files (docs/torn.md)"
                : $"file not found (looked in {Path.GetFullPath(file)})";
            return new DistrictFileResult(null, [new ValidationIssue(file, "$", null, message)]);
        }
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return new DistrictFileResult(null, [new ValidationIssue(file, "$", null, $"cannot be read: {error.Message}")]);
        }
        var folder = Path.GetDirectoryName(file) ?? ".";
        return Parse(text, file, relative =>
        {
            var unitFile = Path.Combine(folder, relative);
            return File.Exists(unitFile) ? UnitFileReader.ReadFile(unitFile) : null;
        });
    }

    /// <param name="readUnit">Reads a unit file named in the district (relative to it); null when there is no such file.</param>
    public static DistrictFileResult Parse(string json, string fileName, Func<string, UnitFileResult?> readUnit)
    {
        if (JsonText.Parse(json, fileName) is not { } document)
            return new DistrictFileResult(null, [JsonText.SyntaxError(json, fileName)]);

        var issues = new IssueList(fileName, document);
        SchemaValidator.District.Validate(document, issues);
        var dto = TolerantJson.Deserialize<DistrictFileDto>(document, issues, "docs/torn.md");
        var units = dto is null ? [] : DistrictChecks.Run(dto, issues, readUnit);
        var unitIssues = units.SelectMany(unit => unit.Result.Issues).ToList();
        var valid = dto is not null && !issues.HasErrors && units.All(unit => unit.Result.IsValid);
        var district = valid ? DistrictMapper.Map(dto!, units.Select(unit => unit.Result.Unit!).ToList()) : null;
        return new DistrictFileResult(district, [.. UnitFileReader.InFileOrder(issues.Issues), .. unitIssues]);
    }
}
