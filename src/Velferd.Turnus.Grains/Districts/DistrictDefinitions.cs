using System.Text.Json;
using Velferd.Turnus.Domain.Torn.Districts;
using Velferd.Turnus.FileFormats.Districts;
using Velferd.Turnus.FileFormats.Units;
using Velferd.Turnus.FileFormats.Validation;
using Velferd.Turnus.Grains.Abstractions.Districts;
using Velferd.Turnus.Grains.Abstractions.Units;
using Velferd.Turnus.Solver.Torn.Districts;

namespace Velferd.Turnus.Grains.Districts;

/// <summary>Reading a district for its grain (the district file and its unit files by name) and its outcome on the wire.</summary>
internal static class DistrictDefinitions
{
    public const string FileName = DistrictFileReader.FileName;

    public static (District? District, List<UnitIssue> Issues) Read(string json, IReadOnlyDictionary<string, string> unitFiles, string districtId)
    {
        var result = DistrictFileReader.Parse(json, FileName,
            file => unitFiles.TryGetValue(file, out var unitJson) ? UnitFileReader.Parse(unitJson, file) : null);
        var issues = result.Issues.Select(ToWire).ToList();
        if (result.District is { } district && district.Id != districtId)
        {
            issues.Add(new UnitIssue(FileName, "$.id", $"\"{district.Id}\"", $"is not the district this file was sent to (\"{districtId}\"); send it to district \"{district.Id}\"", true, null, null));
            return (null, issues);
        }
        return (result.District, issues);
    }

    /// <summary>The unit file names of the district file, in its unit order (the order of District.Units).</summary>
    public static IReadOnlyList<string> UnitFileNames(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return document.RootElement.GetProperty("units").EnumerateArray().Select(unit => unit.GetProperty("file").GetString()!).ToList();
    }

    public static DistrictOutcome Outcome(DistrictResult result)
    {
        var figures = result.Figures!;
        return new DistrictOutcome(result.Status.ToString(), figures.NurseHoursAlone, figures.NurseHoursShared, figures.FagteamHours,
            figures.FagteamHoursAtUnits, figures.CostAlonePerWeek, figures.CostSharedPerWeek, result.Split!.District.Fagteam.Id,
            figures.Units.Select(unit => new DistrictUnitOutcome(unit.UnitId, unit.Name, unit.NurseHoursVedtak, unit.NurseHoursAlone,
                unit.NurseHoursShared, unit.FagteamHoursThere)).ToList(),
            result.Breaches, DateTimeOffset.UtcNow);
    }

    private static UnitIssue ToWire(ValidationIssue issue) =>
        new(issue.File, issue.Path, issue.Value, issue.Message, issue.IsError, issue.Line, issue.Column);
}
