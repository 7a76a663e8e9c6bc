using Velferd.Turnus.Grains.Abstractions.Jobs;

namespace Velferd.Turnus.Cli.Output;

/// <summary>A planning job in one line: state, attempt, silo, the live numbers.</summary>
internal static class JobText
{
    public static string Describe(JobSnapshot job)
    {
        var numbers = job.ObjectiveNok is { } objective
            ? $", mål {NorwegianFormat.Decimal(objective, "#,##0")} kr, {Gap(job)}, {job.Solutions} planer"
            : "";
        var reason = job.Reason is null ? "" : $" ({job.Reason})";
        return $"{job.JobId}: {State(job.State)}{reason}, forsøk {job.Attempt}, {NorwegianFormat.Decimal(job.SolverTime.TotalSeconds, "0.0")} av {job.TimeLimitSeconds:0} s{numbers}" +
               (job.Silo is null ? "" : $", silo {job.Silo}");
    }

    /// <summary>The gap to the bound; the bound is computed beside the search, so a job's first plans can come before it.</summary>
    public static string Gap(JobSnapshot job) => job is { BoundNok: > 0, Gap: { } gap }
        ? $"avstand {NorwegianFormat.Decimal(gap * 100, "0.0")} %"
        : "nedre grense beregnes ennå";

    public static string State(JobState state) => state switch
    {
        JobState.Queued => "i kø",
        JobState.Solving => "løser",
        JobState.Done => "ferdig",
        JobState.Failed => "feilet",
        JobState.Cancelled => "avbrutt",
        _ => state.ToString(),
    };
}
