using Google.OrTools.LinearSolver;
using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Solver.Modelling;
using Velferd.Turnus.Solver.Turnus.Rules;
using Velferd.Turnus.Solver.Turnus.Soft;

namespace Velferd.Turnus.Solver.Turnus.Columns;

/// <summary>
/// The restricted master LP of the rotation decomposition. Its coverage side is the LP relaxation of exactly what
/// the turnus model posts on the counts per (day, shift, competence): the required minimum, vikar for shortfalls with
/// their rounding cuts, overcover and supplements. Each count equals the sum of the chosen rotations working that shift,
/// and each pricing group chooses as many rotations (as a convex mix) as it has members.
/// </summary>
internal sealed class RotationMaster : IDisposable
{
    private readonly LpModel lp;
    private readonly Constraint?[,,] counts;
    private readonly Constraint[] members;
    private readonly IReadOnlyList<PricingGroup> groups;
    private readonly Dictionary<string, (Variable Variable, RotationColumn Column)> known = new(StringComparer.Ordinal);

    public RotationMaster(Unit unit, StaffingCurve demand, PlanOptions options, IReadOnlyList<PricingGroup> groups)
    {
        this.groups = groups;
        var context = new TurnusModelContext(unit, demand, options, RuleGuards.Off);
        var coverage = new CoverageSegments(context, countPeople: false);
        CompetenceMinimum.Add(context, coverage);
        Soft.Coverage.Add(context, coverage);
        Supplements.Add(context, coverage);
        context.Objective.Minimize(context.Model);
        lp = LpRelaxation.Build(context.Model.Model);
        if (lp.Scale != 1)
            throw new InvalidOperationException("the master's objective must be in øre, as the rotations' costs are");
        // GLOP's primal simplex stalled for minutes on the degenerate masters of home care and the nursing home; the dual
        // simplex re-solves them in 0.5–2.5 s (measured on home care, rounds 1–8).
        lp.Solver.SetSolverSpecificParametersAsString("use_dual_simplex:true");
        counts = new Constraint?[context.Days, context.Shifts.Count, CompetenceCodes.All.Count];
        for (var day = 0; day < context.Days; day++)
            for (var s = 0; s < context.Shifts.Count; s++)
                foreach (var competence in CompetenceCodes.All)
                    if (coverage.OnShift(day, s, competence) is { } count)
                    {
                        var row = lp.Solver.MakeConstraint(0, 0);
                        row.SetCoefficient(lp.Variables[count.GetIndex()], 1);
                        counts[day, s, (int)competence] = row;
                    }
        members = groups.Select(group => lp.Solver.MakeConstraint(group.Count, group.Count)).ToArray();
    }

    public int Columns => known.Count;

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
            counts[day, shift, competence]!.SetCoefficient(variable, -1);
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
        return new MasterSolution(lp.ObjectiveValue(), ShiftPrices(), members.Select(row => row.DualValue()).ToArray());
    }

    /// <summary>The duals of the count rows (0 where nobody can work the shift).</summary>
    private double[,,] ShiftPrices()
    {
        var values = new double[counts.GetLength(0), counts.GetLength(1), counts.GetLength(2)];
        for (var d = 0; d < values.GetLength(0); d++)
            for (var s = 0; s < values.GetLength(1); s++)
                for (var c = 0; c < values.GetLength(2); c++)
                    values[d, s, c] = counts[d, s, c]?.DualValue() ?? 0;
        return values;
    }

    public void Dispose() => lp.Dispose();
}

/// <summary>
/// The master LP's optimum and duals: the price of one more person of a competence on a shift (<see cref="ShiftPrice"/>,
/// the dual of the count row, so a rotation's reduced cost is its cost + the prices of its shifts − its group's dual).
/// </summary>
internal sealed record MasterSolution(double Objective, double[,,] ShiftPrice, double[] GroupDual);
