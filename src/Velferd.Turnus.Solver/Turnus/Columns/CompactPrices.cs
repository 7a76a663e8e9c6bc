using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Turnus.Columns;

/// <summary>
/// Prices to open the column generation with: the duals of the count rows of the compact LP, which is the coverage
/// side's LP with each pricing group's own model relaxed beside it (as many copies as the group has members), tied by
/// count = Σ shifts the groups work. The Lagrangian bound at these prices is at least that LP's optimum, since each
/// pricer then solves its whole problem where the LP only relaxed it; the first masters, made of the start plan's rows,
/// are degenerate, and their duals give bounds far below. The compact LP leaves fairness out, and so do its prices
/// (<see cref="FairnessRows.Neutral"/>).
/// </summary>
internal static class CompactPrices
{
    /// <returns>The prices and the compact LP's optimum (øre); null when the LP was not solved to optimality in time.</returns>
    public static (MasterPrices Prices, double Value)? Solve(MasterCoverage coverage, IReadOnlyList<RotationPricer> pricers, FairnessRows fairness, TimeSpan limit)
    {
        using var lp = coverage.Relaxation();
        var counts = new CountRows(lp, coverage);
        var offset = 0.0;
        foreach (var pricer in pricers)
        {
            var (variables, constant) = LpRelaxation.Append(lp.Solver, pricer.Model, pricer.Group.Count);
            offset += constant;
            var competence = (int)pricer.Group.Representative.Employee.Competence;
            foreach (var (day, shift, variable) in pricer.Shifts)
                counts.Add(variables[variable], day, shift, competence);
        }
        lp.Solver.SetTimeLimit((long)Math.Max(1, limit.TotalMilliseconds));
        if (lp.Solver.Solve() != Google.OrTools.LinearSolver.Solver.ResultStatus.OPTIMAL)
            return null;
        var (high, low) = fairness.Neutral();
        return (new MasterPrices(counts.Prices(), high, low), lp.ObjectiveValue() + offset);
    }
}
