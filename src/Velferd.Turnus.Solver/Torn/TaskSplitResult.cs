using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Torn;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Torn;

/// <summary>
/// The outcome of a unit's TØRN split: how the solve went, the split (null only when no split was found in time),
/// the curves before and after, the before/after figures and the checker's independent verdict.
/// </summary>
public sealed record TaskSplitResult(
    SolveStatus Status,
    double? ObjectiveNok,
    double BoundNok,
    TimeSpan WallTime,
    TimeSpan? TimeToBest,
    TaskSplitInput Input,
    TaskAllocation? Split,
    StaffingCurve BeforeCurve,
    StaffingCurve? AfterCurve,
    TaskSplitFigures? Figures,
    IReadOnlyList<string> Breaches)
{
    public bool HasSplit => Split is not null;

    public double? Gap => ObjectiveNok is { } objective ? Gaps.Relative(objective, BoundNok) : null;
}
