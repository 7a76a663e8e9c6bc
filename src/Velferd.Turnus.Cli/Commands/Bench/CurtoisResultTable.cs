using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using Velferd.Turnus.Solver.Curtois;

namespace Velferd.Turnus.Cli.Commands.Bench;

/// <summary>The per-instance result table of <c>bench curtois</c>.</summary>
internal static class CurtoisResultTable
{
    public static IRenderable Render(IReadOnlyList<CurtoisBenchmarkResult> results, CurtoisBenchSettings settings)
    {
        var table = new Table().Title($"Curtois & Qu, {settings.TimeLimitSeconds:0.#} s per instance, {settings.Workers} worker(s), horizon ends {settings.Ends}");
        foreach (var column in new[] { "instance", "objective", "bound", "gap to bound", "optimum / best known", "gap to it", "first (s)", "best (s)", "evaluator" })
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }
        foreach (var r in results)
        {
            table.AddRow(
                r.Instance.Name,
                Number(r.Report.Objective),
                Number(r.Report.BestBound),
                Percent(r.Report.Gap),
                r.Reference is { } reference ? $"{reference.BestKnown}{(reference.IsProvenOptimal ? "" : " (best known)")}" : "-",
                Percent(r.GapToReference),
                Seconds(r.Report.TimeToFirstSolution),
                Seconds(r.Report.TimeToBest),
                Verdict(r));
        }
        return table;
    }

    private static string Verdict(CurtoisBenchmarkResult r) => r.Evaluation switch
    {
        null => "no roster",
        { IsFeasible: false } e => $"[red]{e.Breaches.Count} hard breach(es): {Markup.Escape(e.Breaches[0].ToString())}[/]",
        var e when r.EvaluatorAgrees => $"[green]agrees ({e.Objective})[/]",
        var e => $"[red]disagrees: {e.Objective}[/]",
    };

    private static string Number(double? value) =>
        value is { } v && !double.IsInfinity(v) ? v.ToString("0.##", CultureInfo.InvariantCulture) : "-";

    private static string Percent(double? value) => value is { } v ? v.ToString("0.00%", CultureInfo.InvariantCulture) : "-";

    private static string Seconds(TimeSpan? value) => value is { } v ? v.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) : "-";
}
