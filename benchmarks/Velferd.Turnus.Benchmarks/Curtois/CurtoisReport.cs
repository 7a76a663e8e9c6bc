using Velferd.Turnus.Benchmarks.Shared;
using System.Globalization;
using System.Text;
using Velferd.Turnus.Solver.Curtois;

namespace Velferd.Turnus.Benchmarks.Curtois;

/// <summary>Writes CURTOIS.md: machine, settings, results beside the published ones, and the targets.</summary>
internal static class CurtoisReport
{
    public static string Write(IReadOnlyList<CurtoisRun> runs, MachineInfo machine, int workers, int seed)
    {
        var md = new StringBuilder();
        md.AppendLine("# Curtois & Qu benchmark: results");
        md.AppendLine();
        md.AppendLine($"Written by `dotnet run -c Release --project benchmarks/Velferd.Turnus.Benchmarks -- curtois` on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC.");
        md.AppendLine("Every objective in this file is the independent evaluator's score of the solver's roster");
        md.AppendLine("(`RosterEvaluator`, Domain project, no OR-Tools); \"evaluator\" says whether it found no hard-rule");
        md.AppendLine("breach and the same objective the solver reported. Bounds are the solver's proven lower bounds.");
        md.AppendLine();
        md.AppendLine("## Machine and settings");
        md.AppendLine();
        md.AppendLine("| cores | CPU | memory | OS | runtime | load average (1/5/15 min) |");
        md.AppendLine("|---|---|---|---|---|---|");
        md.AppendLine($"| {machine.Cores} | {machine.CpuModel} | {machine.MemoryGiB:0.0} GiB | {machine.OperatingSystem} | {machine.Runtime} | {machine.LoadAverage} |");
        md.AppendLine();
        var limits = runs.GroupBy(r => r.TimeLimit).Select(g => $"{g.Key.TotalSeconds:0} s for {string.Join(", ", g.Select(r => Number(r)))}");
        md.AppendLine($"Time limits: {string.Join("; ", limits)}. Workers: {workers}. Seed: {seed}. OR-Tools 9.15 (CP-SAT, GLOP).");
        md.AppendLine("Rule reading: blocks touching the horizon ends are not held to minimum lengths (`HorizonEnds.Open`, see below).");
        md.AppendLine("The machine is shared with other builds; the load average column shows how busy it was when each instance started.");
        md.AppendLine();
        md.AppendLine("## Results");
        md.AppendLine();
        md.AppendLine("| instance | days | staff | shifts | limit (s) | load | objective | bound | gap to bound | optimum / best known | gap to it | first feasible (s) | best found (s) | wall (s) | evaluator | Gurobi 10 min | Gurobi 60 min | best published 60 min |");
        md.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var run in runs)
        {
            var r = run.Result;
            var reference = r.Reference;
            md.AppendLine(string.Join(" | ",
                $"| {r.Instance.Name}",
                r.Instance.HorizonDays, r.Instance.Staff.Count, r.Instance.Shifts.Count,
                Invariant(run.TimeLimit.TotalSeconds, "0"), run.LoadAtStart,
                r.Evaluation?.Objective.ToString(CultureInfo.InvariantCulture) ?? "-",
                double.IsInfinity(r.Report.BestBound) ? "-" : Invariant(r.Report.BestBound, "0"),
                Percent(r.Report.Gap),
                reference is null ? "-" : $"{(reference.IsApproximate ? "~" : "")}{reference.BestKnown}{(reference.IsProvenOptimal ? " (optimum)" : " (best known)")}",
                Percent(r.GapToReference),
                Seconds(r.Report.TimeToFirstSolution), Seconds(r.Report.TimeToBest), Seconds(r.Report.WallTime),
                r.EvaluatorAgrees ? "agrees" : r.Evaluation is null ? "no roster" : $"**disagrees** ({r.Evaluation.Breaches.Count} breaches)",
                reference?.Gurobi10Min.ToString(CultureInfo.InvariantCulture) ?? "-",
                reference?.Gurobi60Min.ToString(CultureInfo.InvariantCulture) ?? "-",
                (reference?.BestPublished60Min.ToString(CultureInfo.InvariantCulture) ?? "-") + " |"));
        }
        md.AppendLine();
        WriteTargets(md, runs);
        md.Append(CurtoisReportNotes.Text);
        return md.ToString();
    }

    private static void WriteTargets(StringBuilder md, IReadOnlyList<CurtoisRun> runs)
    {
        md.AppendLine("## Targets (issue 4)");
        md.AppendLine();
        md.AppendLine("| instance | target | reached | met | missed by |");
        md.AppendLine("|---|---|---|---|---|");
        foreach (var target in CurtoisTarget.All)
        {
            var run = runs.FirstOrDefault(r => r.Result.Reference?.Instance == target.Instance);
            if (run is null)
            {
                md.AppendLine($"| {target.Instance} | {target.Description} | not run | - | - |");
                continue;
            }
            var objective = run.Result.Evaluation?.Objective;
            var met = target.IsMetBy(run.Result, run.TimeLimit);
            var missedBy = met || objective is null ? "-" : $"{objective - target.Objective} ({(objective - target.Objective) / (double)target.Objective:0.00%})";
            md.AppendLine($"| {target.Instance} | {target.Description} | {objective?.ToString(CultureInfo.InvariantCulture) ?? "-"} in {run.TimeLimit.TotalSeconds:0} s (best at {Seconds(run.Result.Report.TimeToBest)} s) | {(met ? "yes" : "**no**")} | {missedBy} |");
        }
        md.AppendLine();
    }

    private static string Number(CurtoisRun run) => run.Result.Reference?.Instance.ToString(CultureInfo.InvariantCulture) ?? run.Result.Instance.Name;

    private static string Invariant(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string Percent(double? value) => value is { } v ? v.ToString("0.00%", CultureInfo.InvariantCulture) : "-";

    private static string Seconds(TimeSpan? value) => value is { } v ? v.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) : "-";
}
