using Google.OrTools.LinearSolver;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Turnus.Columns;

/// <summary>
/// The restricted master LP of the rotation decomposition. Its coverage side is the LP relaxation of
/// <see cref="MasterCoverage"/>. Each count equals the sum of the chosen rotations working that shift,
/// and each pricing group chooses as many rotations (as a convex mix) as it has members.
/// </summary>
internal sealed class RotationMaster : IDisposable
{
    private readonly LpModel lp;
    private readonly CountRows counts;
    private readonly Constraint[] members;
    private readonly FairnessRows fairness;
    private readonly IReadOnlyList<PricingGroup> groups;
    private readonly Dictionary<string, (Variable Variable, RotationColumn Column)> known = new(StringComparer.Ordinal);

    public RotationMaster(MasterCoverage coverage, IReadOnlyList<PricingGroup> groups, IReadOnlyList<ShiftDefinition> shifts, PlanWeights weights)
    {
        this.groups = groups;
        lp = coverage.Relaxation();
        counts = new CountRows(lp, coverage);
        members = groups.Select(group => lp.Solver.MakeConstraint(group.Count, group.Count)).ToArray();
        fairness = new FairnessRows(lp.Solver, groups, shifts, weights, coverage.Days);
    }

    public int Columns => known.Count;

    /// <summary>The fairness rows, whose prices the pricers and the Lagrangian bound read.</summary>
    public FairnessRows Fairness => fairness;

    /// <summary>Adds a rotation; false when it was known already (a cheaper cost for the same rotation replaces the dearer).</summary>
    public bool Add(RotationColumn column)
    {
        if (known.TryGetValue(column.Key, out var existing))
        {
            if (column.Cost >= existing.Column.Cost)
                return false;
            lp.Solver.Objective().SetCoefficient(existing.Variable, column.Cost);
            known[column.Key] = (existing.Variable, column);
            return true;
        }
        var variable = lp.Solver.MakeNumVar(0, double.PositiveInfinity, "");
        lp.Solver.Objective().SetCoefficient(variable, column.Cost);
        members[column.Group].SetCoefficient(variable, 1);
        var competence = (int)groups[column.Group].Representative.Employee.Competence;
        foreach (var (day, shift) in column.Worked())
            counts.Add(variable, day, shift, competence);
        fairness.Add(variable, column);
        known[column.Key] = (variable, column);
        return true;
    }

    /// <summary>
    /// Solves the LP; null unless optimal (no mix of the known rotations meets the required minimum, or the time ran out).
    /// </summary>
    public MasterSolution? Solve(TimeSpan limit)
    {
        lp.Solver.SetTimeLimit((long)Math.Max(1, limit.TotalMilliseconds));
        if (lp.Solver.Solve() != Google.OrTools.LinearSolver.Solver.ResultStatus.OPTIMAL)
            return null;
        var (high, low) = fairness.Duals();
        return new MasterSolution(lp.ObjectiveValue(), new MasterPrices(counts.Prices(), high, low), members.Select(row => row.DualValue()).ToArray());
    }

    public void Dispose() => lp.Dispose();
}

/// <summary>
/// The master LP's optimum and duals: the prices of its rows tied to rotations (<see cref="MasterPrices"/>), and each
/// group's dual, so a rotation's reduced cost is its cost + the prices of what it works − its group's dual.
/// </summary>
internal sealed record MasterSolution(double Objective, MasterPrices Prices, double[] GroupDual);
