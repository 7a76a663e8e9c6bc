namespace Velferd.Turnus.Solver.Modelling;

/// <summary>
/// What a solve achieved. <see cref="Values"/> holds the best solution's value of every model
/// variable (by variable index), or is empty when no solution was found.
/// </summary>
public sealed record SolveReport(
    SolveStatus Status,
    double? Objective,
    double BestBound,
    TimeSpan WallTime,
    TimeSpan? TimeToFirstSolution,
    TimeSpan? TimeToBest,
    int ImprovingSolutions,
    IReadOnlyList<long> Values)
{
    public bool HasSolution => Values.Count > 0;

    /// <summary>A search that found nothing (yet), e.g. one skipped for lack of time.</summary>
    public static SolveReport Nothing(TimeSpan elapsed) => new(SolveStatus.Unknown, null, 0, elapsed, null, null, 0, []);

    /// <summary>Relative gap of the best solution to the bound, or null without a solution.</summary>
    public double? Gap => Objective is { } objective ? Gaps.Relative(objective, BestBound) : null;
}
