namespace Velferd.Turnus.Solver.Modelling;

/// <summary>One improving solution as it is found.</summary>
/// <param name="Objective">Objective value of the new solution.</param>
/// <param name="BestBound">Best proven lower bound (minimisation) at that moment.</param>
/// <param name="WallTime">Time since the solve (or the caller's clock) started.</param>
/// <param name="SolutionNumber">1 for the first solution, 2 for the next improvement, ...</param>
/// <param name="Values">The solution's value of every variable, when the caller asked the runner to capture solutions.</param>
public sealed record SolveProgress(double Objective, double BestBound, TimeSpan WallTime, int SolutionNumber, IReadOnlyList<long>? Values = null)
{
    /// <summary>Relative gap (objective - bound) / max(1, |objective|); 0 when proven optimal.</summary>
    public double Gap => Gaps.Relative(Objective, BestBound);
}
