using Velferd.Turnus.Domain.Torn.Districts;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Torn.Districts;

/// <summary>
/// The outcome of a district TØRN solve: each unit's split alone, the shared split (null only when no solution
/// was found in time), its figures, and the checkers' verdicts on the fagteam schedule and every unit's split.
/// The objective is the week's fagteam cost less what it saves the units, in NOK.
/// </summary>
public sealed record DistrictResult(
    SolveStatus Status,
    double? ObjectiveNok,
    double BoundNok,
    TimeSpan WallTime,
    TimeSpan? TimeToBest,
    IReadOnlyList<TaskSplitResult> Alone,
    DistrictSplit? Split,
    DistrictFigures? Figures,
    IReadOnlyList<string> Breaches)
{
    public bool HasSplit => Split is not null;

    public double? Gap => ObjectiveNok is { } objective ? Gaps.Relative(objective, BoundNok) : null;
}
