using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Turnus;

/// <summary>
/// The outcome of planning a unit: how the solve went, the best plan (when one was found) with the
/// checker's independent verdict, or an explanation in the users' terms when the rules cannot all hold.
/// Objective and bound are in NOK per rotation (variable costs and penalties; fixed pay is not included).
/// </summary>
public sealed record TurnusResult(
    SolveStatus Status,
    double? ObjectiveNok,
    double BoundNok,
    double? Gap,
    TimeSpan WallTime,
    TimeSpan? TimeToFirstSolution,
    TimeSpan? TimeToBest,
    int ImprovingSolutions,
    Plan? Plan,
    CheckReport? Check,
    InfeasibilityExplanation? Explanation,
    ModelSize Size)
{
    public bool HasPlan => Plan is not null;
}

/// <summary>How big the model was, for benchmarks and logs.</summary>
public sealed record ModelSize(int People, int Days, int Shifts, int Variables, int Constraints, int Segments);
