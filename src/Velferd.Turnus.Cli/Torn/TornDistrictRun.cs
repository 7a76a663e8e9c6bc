using Spectre.Console;
using Velferd.Turnus.Cli.Commands;
using Velferd.Turnus.Cli.Output;
using Velferd.Turnus.Cli.Output.Html;
using Velferd.Turnus.Domain.Torn.Districts;
using Velferd.Turnus.FileFormats.Districts;
using Velferd.Turnus.FileFormats.Units;
using Velferd.Turnus.Solver.Torn;
using Velferd.Turnus.Solver.Torn.Districts;

namespace Velferd.Turnus.Cli.Torn;

/// <summary>`turnus torn --district dir`: each unit's split, the shared fagteam, the report and the outputs.</summary>
internal static class TornDistrictRun
{
    public static int Run(string path, TornOptions options, string? outDirectory, TextWriter output, TextWriter error)
    {
        var read = DistrictFileReader.Read(path);
        UnitLoading.PrintIssues(read.Issues, error);
        if (read.District is not { } district)
        {
            error.WriteLine($"{path}: ugyldig distrikt ({read.Errors.Count()} feil, {read.Warnings.Count()} advarsler)");
            return ExitCodes.InvalidInput;
        }
        var console = Terminal.For(output);
        console.WriteLine($"Fordeler oppgavene i {district.Units.Count} enheter, og så fagteamet (inntil {options.TimeLimit.TotalSeconds:0} s per løsning) …");
        var result = DistrictSolver.Solve(district, options);
        TornDistrictView.Write(console, result, district);
        if (result.Split is not { } split)
        {
            error.WriteLine($"turnus torn: fant ingen fordeling for distriktet innen tidsgrensen ({options.TimeLimit.TotalSeconds:0} s); prøv lengre --time-limit.");
            return ExitCodes.NoPlanInTime;
        }
        if (outDirectory is not null)
        {
            var files = new List<string>
            {
                TornOutputs.Write(outDirectory, "torn-report.html", TornReportHtml.District(result, district)),
                TornOutputs.Write(outDirectory, "fagteam-enhet.json", UnitFileWriter.StaffingUnit(FagteamUnit.Build(district.Fagteam, split.FagteamCurve),
                    $"{district.Fagteam.Name} som egen enhet: grunnbemanningen er fagteamets bemanningskurve fra turnus torn --district. Planlegg med turnus plan.")),
                TornOutputs.Curve(outDirectory, "behov-fagteam.csv", split.FagteamCurve),
            };
            files.AddRange(split.Units.Select(unit => TornOutputs.Curve(outDirectory, $"behov-{unit.Unit.Unit.Id}.csv", unit.SharedCurve)));
            console.MarkupLine($"Skrev {string.Join(", ", files.Select(file => Markup.Escape(file)))}");
            console.WriteLine($"Fagteamets turnus: turnus plan {Path.Combine(outDirectory, "fagteam-enhet.json")}");
        }
        return result.Breaches.Count == 0 ? ExitCodes.Ok : ExitCodes.HardBreaches;
    }
}
