using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.FileFormats.Units;
using Velferd.Turnus.FileFormats.Validation;

namespace Velferd.Turnus.Cli.Commands;

/// <summary>The one place commands read a unit file and report its issues, so every command words them alike.</summary>
internal static class UnitLoading
{
    /// <summary>Reads and checks a unit file; prints every issue to <paramref name="report"/>. Null when it has errors.</summary>
    public static Unit? Load(string path, TextWriter report)
    {
        var result = UnitFileReader.ReadFile(path);
        PrintIssues(result.Issues, report);
        if (!result.IsValid)
            report.WriteLine(Summary(path, result));
        return result.Unit;
    }

    /// <summary>Like <see cref="Load"/>, and keeps the file's text (what a cluster stores as the unit's definition).</summary>
    public static LoadedUnit? LoadWithText(string path, TextWriter report)
    {
        var unit = Load(path, report);
        return unit is null ? null : new LoadedUnit(path, unit, File.ReadAllText(path));
    }

    public static void PrintIssues(IEnumerable<ValidationIssue> issues, TextWriter report)
    {
        foreach (var issue in issues)
            report.WriteLine(issue.ToString());
    }

    /// <summary>One line: valid or not, with the count of errors and warnings.</summary>
    public static string Summary(string path, UnitFileResult result)
    {
        var errors = result.Errors.Count();
        var warnings = result.Warnings.Count();
        var verdict = result.IsValid ? "gyldig" : "ugyldig";
        return $"{path}: {verdict} ({Count(errors, "feil", "feil")}, {Count(warnings, "advarsel", "advarsler")})";
    }

    private static string Count(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";
}

/// <summary>A valid unit with the file it came from.</summary>
internal sealed record LoadedUnit(string Path, Unit Unit, string Json);
