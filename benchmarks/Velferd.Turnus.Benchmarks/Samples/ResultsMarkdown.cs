using System.Text;
using Velferd.Turnus.Benchmarks.Shared;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Solver.Modelling;
using static Velferd.Turnus.Benchmarks.Shared.MarkdownCells;

namespace Velferd.Turnus.Benchmarks.Samples;

/// <summary>Writes benchmarks/RESULTS.md: the table of runs, the issue's targets met or missed, and the machine.</summary>
public static class ResultsMarkdown
{
    public static string Write(IReadOnlyList<SampleRun> runs, MachineInfo machine, int seed)
    {
        var text = new StringBuilder();
        text.AppendLine("# Turnus solver on the samples");
        text.AppendLine();
        text.AppendLine("Written by `dotnet run --project benchmarks/Velferd.Turnus.Benchmarks -c Release -- samples`. Every number below was measured by that run;");
        text.AppendLine("every plan was re-checked by the independent plan checker (column *breaches*, must be 0).");
        text.AppendLine($"Objective and bound are NOK per rotation: variable costs (vikar for uncovered demand, supplements, pay of planner-sized positions)");
        text.AppendLine("plus priced soft goals; fixed pay of existing positions is not in the objective. Gap = (objective − bound) / objective.");
        text.AppendLine();
        text.AppendLine(machine.Markdown() + $" Solver seed {seed}, workers = cores.");
        text.AppendLine();
        text.AppendLine("| sample | kind | people | weeks | limit s | status | objective | bound | gap | first plan s | best at s | improvements | breaches | coverage | cost/year NOK | variables |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var run in runs)
        {
            text.AppendLine(string.Join(" | ", [
                $"| {run.Sample}", run.Kind.Code(), Number(run.People), Number(run.Weeks), Number(run.TimeLimit), run.Status.ToString(),
                Money(run.Objective), Money(run.Bound), Percent(run.Gap), Seconds(run.FirstPlanSeconds), Seconds(run.BestSeconds),
                Number(run.Improvements), Number(run.Breaches), Percent(run.Coverage), Money(run.CostPerYear), $"{Number(run.Variables)} |"]));
        }
        text.AppendLine();
        text.AppendLine("## Targets (issue 3)");
        text.AppendLine();
        foreach (var line in Targets(runs))
            text.AppendLine($"- {line}");
        return text.ToString();
    }

    private static IEnumerable<string> Targets(IReadOnlyList<SampleRun> runs)
    {
        foreach (var run in runs.Where(run => run.Kind == UnitKind.Sykehjemsavdeling))
        {
            if (run.TimeLimit >= 60)
                yield return Verdict($"{run.Sample} gap ≤ 2 % at 60 s", run.Gap is <= 0.02, $"gap {Percent(run.Gap)}");
            yield return Verdict($"{run.Sample} first plan under 5 s ({Number(run.TimeLimit)} s run)", run.FirstPlanSeconds is < 5, $"first plan {Seconds(run.FirstPlanSeconds)} s");
        }
        foreach (var run in runs.Where(run => run.Kind == UnitKind.Bofellesskap && run.TimeLimit >= 60))
            yield return Verdict($"{run.Sample} optimal or gap ≤ 1 % at 60 s", run.Status == SolveStatus.Optimal || run.Gap is <= 0.01, $"{run.Status}, gap {Percent(run.Gap)}");
    }

    private static string Verdict(string target, bool met, string measured) => $"{(met ? "met" : "**missed**")}: {target} — measured {measured}";
}
