using Velferd.Turnus.Grains.Abstractions.Jobs;

namespace Velferd.Turnus.Grains.Jobs;

/// <summary>A planning job as stored: enough to resume it on any silo and to answer a client that re-attaches.</summary>
[GenerateSerializer, Alias("Velferd.Turnus.JobRecord")]
public sealed class JobRecord
{
    [Id(0)] public JobRequest? Request { get; set; }
    [Id(1)] public JobState State { get; set; }
    [Id(2)] public long Sequence { get; set; }
    [Id(3)] public string? Reason { get; set; }
    [Id(4)] public bool CancelRequested { get; set; }
    [Id(5)] public int Attempt { get; set; }
    [Id(6)] public string? Silo { get; set; }
    [Id(7)] public DateTimeOffset CreatedAt { get; set; }
    [Id(8)] public DateTimeOffset? FinishedAt { get; set; }
    [Id(9)] public double? ObjectiveNok { get; set; }
    [Id(10)] public double? BoundNok { get; set; }
    [Id(11)] public double? Gap { get; set; }
    [Id(12)] public TimeSpan SolverTime { get; set; }
    [Id(13)] public int Solutions { get; set; }
    [Id(14)] public SolveOutcome? Outcome { get; set; }

    /// <summary>The best plan found so far (plan.json), or the final plan once done.</summary>
    [Id(15)] public string? PlanJson { get; set; }

    public bool IsFinished => State is JobState.Done or JobState.Failed or JobState.Cancelled;

    public JobSnapshot Snapshot(string jobId) => new(
        jobId, Request?.UnitId ?? "", Request?.PortfolioId, State, Sequence, Reason, CancelRequested, Attempt, Silo,
        Request?.Settings.TimeLimitSeconds ?? 0, CreatedAt, FinishedAt, ObjectiveNok, BoundNok, Gap, SolverTime, Solutions, Outcome);
}
