using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Turnus.Columns;

/// <summary>
/// The coverage side's share of the Lagrangian bound: with the rows tying counts to rotations relaxed and each count
/// priced instead, the cheapest coverage — min (coverage cost − Σ price × count) over the coverage side's LP. Added to
/// each group's size × its cheapest priced rotation, it is a lower bound on every plan for any prices, not only for the
/// master's duals; that is what lets the column generation price at smoothed duals (<see cref="DualSmoothing"/>).
/// </summary>
internal sealed class CoverageLagrangian : IDisposable
{
    private readonly LpModel lp;
    private readonly MasterCoverage coverage;
    private readonly double[] baseCost;

    public CoverageLagrangian(MasterCoverage coverage)
    {
        this.coverage = coverage;
        lp = coverage.Relaxation();
        baseCost = lp.Variables.Select(variable => lp.Solver.Objective().GetCoefficient(variable)).ToArray();
    }

    /// <summary>The cheapest coverage under the prices (øre, by day, shift and competence); −∞ when the LP is not solved to optimality.</summary>
    public double Value(double[,,] prices, TimeSpan limit)
    {
        var objective = lp.Solver.Objective();
        foreach (var (day, shift, competence, variable) in coverage.Counts())
            objective.SetCoefficient(lp.Variables[variable], baseCost[variable] - prices[day, shift, competence]);
        lp.Solver.SetTimeLimit((long)Math.Max(1, limit.TotalMilliseconds));
        return lp.Solver.Solve() == Google.OrTools.LinearSolver.Solver.ResultStatus.OPTIMAL ? lp.ObjectiveValue() : double.NegativeInfinity;
    }

    public void Dispose() => lp.Dispose();
}
