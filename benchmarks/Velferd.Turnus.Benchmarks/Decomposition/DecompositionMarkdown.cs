using System.Text;
using Velferd.Turnus.Benchmarks.Shared;
using static Velferd.Turnus.Benchmarks.Shared.MarkdownCells;

namespace Velferd.Turnus.Benchmarks.Decomposition;

/// <summary>Writes benchmarks/DECOMPOSITION.md.</summary>
public static class DecompositionMarkdown
{
    public static string Write(IReadOnlyList<DecompositionRun> runs, MachineInfo machine, double planSeconds, double boundSeconds, int seed)
    {
        var text = new StringBuilder();
        text.AppendLine("# How far the plans are from optimal: the decomposition bound");
        text.AppendLine();
        text.AppendLine("Written by `dotnet run --project benchmarks/Velferd.Turnus.Benchmarks -c Release -- decomposition`. Each sample is planned");
        text.AppendLine($"for {Number(planSeconds)} s as in RESULTS.md; then column generation over personal rotations (RotationColumnBound: a master LP over");
        text.AppendLine($"whole rotations, CP-SAT pricers under every personal rule) runs from that plan for {Number(boundSeconds)} s. NOK per rotation, as in RESULTS.md.");
        text.AppendLine();
        text.AppendLine("- *solver bound*: what `turnus plan` reports (the compact model's LP with cuts, and the aggregate relaxation).");
        text.AppendLine("- *decomposition bound*: the best Lagrangian bound of the column generation, a valid lower bound on every plan. Fairness");
        text.AppendLine("  is in it as the spread between the highest and lowest average of a group of interchangeable people (exact for one person).");
        text.AppendLine("- *master*: the master LP's optimum at the end, over the rotations generated so far. It is not a bound: it falls as rotations");
        text.AppendLine("  are added, and the decomposition bound rises to meet it when the column generation converges. Its value there is the most");
        text.AppendLine("  any bound of this kind can prove; the optimum may lie above it (the decomposition's own integrality gap).");
        text.AppendLine();
        text.AppendLine(machine.Markdown() + $" Solver seed {seed}, workers = cores.");
        text.AppendLine();
        text.AppendLine("| sample | plan | solver bound | gap | decomposition bound | gap | master | plan above master | rounds | rotations | converged |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var run in runs)
        {
            var best = Math.Max(run.SolverBoundNok, run.DecompositionBoundNok);
            text.AppendLine(string.Join(" | ", [
                $"| {run.Sample}", Money(run.PlanNok), Money(run.SolverBoundNok), Percent(Gap(run.PlanNok, run.SolverBoundNok)),
                Money(run.DecompositionBoundNok), Percent(Gap(run.PlanNok, best)), Money(run.MasterNok), Percent(Gap(run.PlanNok, run.MasterNok)),
                Number(run.Decomposition.Rounds), Number(run.Decomposition.Columns), $"{(run.Decomposition.Converged ? "yes" : "no")} |"]));
        }
        text.AppendLine();
        text.AppendLine("The second gap uses the better of the two bounds.");
        return text.ToString();
    }

    private static double Gap(double plan, double bound) => (plan - bound) / plan;
}
