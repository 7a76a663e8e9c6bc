using Velferd.Turnus.Grains.Abstractions.Units;

namespace Velferd.Turnus.Grains.Abstractions.Jobs;

[GenerateSerializer, Alias("Velferd.Turnus.JobState")]
public enum JobState
{
    Queued,
    Solving,
    Done,
    Failed,
    Cancelled,
}

/// <summary>How to plan: the wire form of the solver's PlanOptions (the cluster decides CP-SAT threads per solve).</summary>
[GenerateSerializer, Immutable, Alias("Velferd.Turnus.PlanSettings")]
public sealed record PlanSettings
{
    [Id(0)] public int? Weeks { get; init; }
    [Id(1)] public double TimeLimitSeconds { get; init; } = 60;
    [Id(2)] public int? SearchWorkers { get; init; }
    [Id(3)] public int? Seed { get; init; }
    [Id(4)] public double? GapTarget { get; init; }
    [Id(5)] public bool Heltid { get; init; }
    [Id(6)] public int? HelgefrekvensForAll { get; init; }
    [Id(7)] public bool LongShiftsForAll { get; init; }
    [Id(8)] public double? MinimumPositionPercent { get; init; }
    [Id(9)] public double PositionStepPercent { get; init; } = 5;
    [Id(10)] public bool BreakSymmetry { get; init; }

    /// <summary>Planning weights as JSON (docs/planning-weights.md); null for the defaults.</summary>
    [Id(11)] public string? WeightsJson { get; init; }

    /// <summary>A plan to start from (plan.json text), e.g. the unit's current roster to improve; null to plan from scratch.</summary>
    [Id(12)] public string? StartPlanJson { get; init; }
}

/// <summary>What a job plans: the unit file text (so the job is self-contained), its definition version and how.</summary>
[GenerateSerializer, Immutable, Alias("Velferd.Turnus.JobRequest")]
/// <param name="Demand">The curve to plan on instead of the unit's vedtak curve (TØRN), or null.</param>
public sealed record JobRequest(string UnitId, int DefinitionVersion, string UnitJson, PlanSettings Settings, string? PortfolioId, PlanningDemand? Demand = null);

/// <summary>The solver's live numbers for the best plan so far.</summary>
[GenerateSerializer, Immutable, Alias("Velferd.Turnus.JobProgress")]
public sealed record JobProgress(double ObjectiveNok, double BoundNok, double Gap, TimeSpan WallTime, int SolutionNumber, string PlanJson);

/// <summary>
/// A job as clients see it. <see cref="Sequence"/> grows with every change, so a client that hears of the job
/// twice (observer and poll) keeps the newer. <see cref="Silo"/> is where its current attempt runs.
/// </summary>
[GenerateSerializer, Immutable, Alias("Velferd.Turnus.JobSnapshot")]
public sealed record JobSnapshot(
    string JobId,
    string UnitId,
    string? PortfolioId,
    JobState State,
    long Sequence,
    string? Reason,
    bool CancelRequested,
    int Attempt,
    string? Silo,
    double TimeLimitSeconds,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt,
    double? ObjectiveNok,
    double? BoundNok,
    double? Gap,
    TimeSpan SolverTime,
    int Solutions,
    SolveOutcome? Outcome)
{
    public bool IsFinished => State is JobState.Done or JobState.Failed or JobState.Cancelled;
}

/// <summary>How a finished solve went (the wire form of the solver's TurnusResult without the plan itself).</summary>
[GenerateSerializer, Immutable, Alias("Velferd.Turnus.SolveOutcome")]
public sealed record SolveOutcome(
    string Status,
    double? ObjectiveNok,
    double BoundNok,
    double? Gap,
    TimeSpan WallTime,
    TimeSpan? TimeToFirstSolution,
    TimeSpan? TimeToBest,
    int ImprovingSolutions,
    int? PlanVersion,
    int Breaches,
    SolveExplanation? Explanation,
    SolveModelSize Size);

/// <summary>Why a unit cannot be planned, in the users' terms.</summary>
[GenerateSerializer, Immutable, Alias("Velferd.Turnus.SolveExplanation")]
public sealed record SolveExplanation(IReadOnlyList<SolveConflict> Rules, bool IsMinimal, string Summary);

[GenerateSerializer, Immutable, Alias("Velferd.Turnus.SolveConflict")]
public sealed record SolveConflict(string Rule, string? PersonId, int? Day, string Description);

[GenerateSerializer, Immutable, Alias("Velferd.Turnus.SolveModelSize")]
public sealed record SolveModelSize(int People, int Days, int Shifts, int Variables, int Constraints, int Segments);

/// <summary>A job with what is needed to rebuild its result anywhere: the plan it found and the unit file it planned.</summary>
[GenerateSerializer, Immutable, Alias("Velferd.Turnus.JobResult")]
public sealed record JobResult(JobSnapshot Snapshot, string? PlanJson, string UnitJson, PlanningDemand? Demand = null);

/// <summary>A worker's final report: the outcome, and the plan (plan.json text) with its figures when one was found.</summary>
[GenerateSerializer, Immutable, Alias("Velferd.Turnus.SolveFinish")]
public sealed record SolveFinish(SolveOutcome Outcome, string? PlanJson, PlanFigures? Figures);
