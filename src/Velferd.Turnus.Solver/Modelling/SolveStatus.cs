namespace Velferd.Turnus.Solver.Modelling;

/// <summary>Outcome of a solve, independent of the OR-Tools enum so callers need not reference it.</summary>
public enum SolveStatus
{
    Unknown,
    ModelInvalid,
    Feasible,
    Infeasible,
    Optimal,
}
