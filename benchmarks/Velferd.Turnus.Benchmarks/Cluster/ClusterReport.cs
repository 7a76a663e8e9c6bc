using System.Globalization;
using System.Text;
using Velferd.Turnus.Benchmarks.Shared;
using Velferd.Turnus.Hosting;

namespace Velferd.Turnus.Benchmarks.Cluster;

internal sealed record ThroughputRow(ClusterMode Mode, int Silos, int Units, double TimeLimitSeconds, TimeSpan Elapsed, int Planned, int Legal, IReadOnlyList<int> JobsPerSilo, IReadOnlyList<string> Outcomes)
{
    public double UnitsPerMinute => Units / Elapsed.TotalMinutes;
}

internal sealed record OverheadRow(double TimeLimitSeconds, TimeSpan DirectElapsed, TimeSpan DirectSolverTime, TimeSpan ClusterElapsed, TimeSpan ClusterSolverTime, TimeSpan SiloStartup, bool Legal)
{
    public double OverheadShare => (ClusterElapsed - DirectElapsed) / DirectElapsed;
}

internal sealed record IdleUnitRow(int Units, int UnitFileBytes, long BytesPerGrain);

/// <summary>benchmarks/CLUSTER.md: every number of one run, with the machine it ran on.</summary>
internal sealed class ClusterReport(MachineInfo machine, string portfolio)
{
    public List<ThroughputRow> Throughput { get; } = [];

    public OverheadRow? Overhead { get; set; }

    public IdleUnitRow? IdleUnit { get; set; }

    public string Markdown()
    {
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine("# Cluster benchmark").AppendLine();
        text.AppendLine("Written by `dotnet run -c Release --project benchmarks/Velferd.Turnus.Benchmarks -- cluster` (see docs/cluster.md).").AppendLine();
        text.AppendLine(machine.Markdown()).AppendLine();
        text.AppendLine("## Portfolio throughput").AppendLine();
        text.AppendLine(portfolio + " Every silo runs in this one process with one solve slot " +
                        "and one CP-SAT thread per solve, so two silos use both cores. Elapsed = from PlanAll until every job was followed to its end.").AppendLine();
        text.AppendLine("| mode | silos | units | time limit per unit | elapsed | units per minute | with plan | legal (re-checked) | jobs per silo | solver outcomes |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---|---|");
        foreach (var row in Throughput)
            text.AppendLine(string.Create(invariant, $"| {row.Mode} | {row.Silos} | {row.Units} | {row.TimeLimitSeconds:0.#} s | {row.Elapsed.TotalSeconds:0.0} s | {row.UnitsPerMinute:0.0} | {row.Planned} | {row.Legal} | {string.Join(" / ", row.JobsPerSilo)} | {string.Join(", ", row.Outcomes)} |"));
        if (Overhead is { } overhead)
        {
            text.AppendLine().AppendLine("## Per-solve overhead of the cluster").AppendLine();
            text.AppendLine("One unit (6 staff, 4 weeks), one CP-SAT thread. Direct = `TurnusSolver.Solve` in this process. Cluster = an embedded silo " +
                            "already running: define the unit, start the job, follow it to the end, rebuild the result and re-check the plan.").AppendLine();
            text.AppendLine("| time limit | direct elapsed | cluster elapsed | overhead | silo start (once, not in the overhead) | plan legal |");
            text.AppendLine("|---:|---:|---:|---:|---:|---|");
            text.AppendLine(string.Create(invariant, $"| {overhead.TimeLimitSeconds:0.#} s | {overhead.DirectElapsed.TotalSeconds:0.000} s | {overhead.ClusterElapsed.TotalSeconds:0.000} s | {overhead.OverheadShare * 100:0.00} % | {overhead.SiloStartup.TotalSeconds:0.00} s | {(overhead.Legal ? "yes" : "no")} |"));
        }
        if (IdleUnit is { } idle)
        {
            text.AppendLine().AppendLine("## Memory per idle unit grain").AppendLine();
            text.AppendLine(string.Create(invariant, $"{idle.Units} unit grains defined in an embedded silo (each holds its unit file of {idle.UnitFileBytes} bytes and its facts), then left idle: " +
                                                     $"**{idle.BytesPerGrain / 1024.0:0.0} KiB** of managed heap per grain (difference of the heap after full collections, divided by the count)."));
        }
        return text.ToString();
    }
}
