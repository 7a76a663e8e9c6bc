using Google.OrTools.LinearSolver;
using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Turnus.Columns;

/// <summary>
/// The rows that tie the coverage side's counts to the people who work: count − Σ shifts worked = 0, one per (day, shift,
/// competence) somebody can work. Their duals are the prices of one more person of a competence on a shift.
/// </summary>
internal sealed class CountRows
{
    private readonly Constraint?[,,] rows;

    public CountRows(LpModel lp, MasterCoverage coverage)
    {
        rows = new Constraint?[coverage.Days, coverage.Shifts, CompetenceCodes.All.Count];
        foreach (var (day, shift, competence, variable) in coverage.Counts())
        {
            var row = lp.Solver.MakeConstraint(0, 0);
            row.SetCoefficient(lp.Variables[variable], 1);
            rows[day, shift, competence] = row;
        }
    }

    /// <summary>Enters a column (a rotation, or a group's shift variable in the compact LP) as working the shift on the day.</summary>
    public void Add(Variable column, int day, int shift, int competence) =>
        rows[day, shift, competence]!.SetCoefficient(column, -1);

    /// <summary>The rows' duals after a solve, by day, shift and competence (0 where nobody can work the shift).</summary>
    public double[,,] Prices()
    {
        var values = new double[rows.GetLength(0), rows.GetLength(1), rows.GetLength(2)];
        for (var d = 0; d < values.GetLength(0); d++)
            for (var s = 0; s < values.GetLength(1); s++)
                for (var c = 0; c < values.GetLength(2); c++)
                    values[d, s, c] = rows[d, s, c]?.DualValue() ?? 0;
        return values;
    }
}
