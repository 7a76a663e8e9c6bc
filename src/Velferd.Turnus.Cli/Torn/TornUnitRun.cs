using Spectre.Console;
using Velferd.Turnus.Cli.Commands;
using Velferd.Turnus.Cli.Output;
using Velferd.Turnus.Cli.Output.Html;
using Velferd.Turnus.Domain.Torn.Catalogues;
using Velferd.Turnus.FileFormats.Units;
using Velferd.Turnus.Solver.Torn;

namespace Velferd.Turnus.Cli.Torn;

/// <summary>`turnus torn unit.json`: split, report, write the outputs, choose the exit code.</summary>
internal static class TornUnitRun
{
    public static int Run(string path, TornOptions options, string? outDirectory, TextWriter output, TextWriter error)
    {
        if (UnitLoading.Load(path, error) is not { } unit)
            return ExitCodes.InvalidInput;
        var console = Terminal.For(output);
        var result = TaskSplitSolver.Solve(unit, options);
        TornSplitView.Write(console, result);
        if (result.AfterCurve is not { } after)
        {
            error.WriteLine($"turnus torn: fant ingen fordeling innen tidsgrensen ({options.TimeLimit.TotalSeconds:0} s); prøv lengre --time-limit.");
            return ExitCodes.NoPlanInTime;
        }
        if (outDirectory is not null)
        {
            var files = new[]
            {
                TornOutputs.Write(outDirectory, "torn-report.html", TornReportHtml.Unit(result)),
                TornOutputs.Curve(outDirectory, "torn-behov.csv", after),
            };
            console.MarkupLine($"Skrev {string.Join(", ", files.Select(file => Markup.Escape(file)))}");
        }
        return result.Breaches.Count == 0 ? ExitCodes.Ok : ExitCodes.HardBreaches;
    }

    public static int PrintCatalogue(string path, TextWriter output, TextWriter error)
    {
        if (UnitLoading.Load(path, error) is not { } unit)
            return ExitCodes.InvalidInput;
        output.WriteLine(UnitFileWriter.Tasks(TaskCatalogues.For(unit)));
        return ExitCodes.Ok;
    }
}
