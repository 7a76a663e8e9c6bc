using Velferd.Turnus.Domain.Benchmarks.Curtois;

namespace Velferd.Turnus.Solver.Curtois;

/// <summary>
/// What column generation produced: a lower bound on the objective (valid whenever every employee
/// was priced exactly, else −∞), the master LP value, the columns and the LP's mix of them.
/// </summary>
/// <param name="AssignmentShare">LP value of "employee works shift on day", [employee, day, shift].</param>
internal sealed record ColumnGenerationResult(
    double LowerBound,
    double LpObjective,
    bool Converged,
    int Iterations,
    IReadOnlyList<ScheduleColumn> Columns,
    double[,,] AssignmentShare,
    IReadOnlyList<double> ColumnValues)
{
    /// <summary>Per employee the column the LP uses most: always a legal roster.</summary>
    public Roster HeaviestColumns(int staffCount, int horizonDays)
    {
        var best = new int[staffCount];
        var weight = Enumerable.Repeat(-1.0, staffCount).ToArray();
        for (var i = 0; i < Columns.Count; i++)
        {
            if (ColumnValues[i] > weight[Columns[i].Employee])
            {
                weight[Columns[i].Employee] = ColumnValues[i];
                best[Columns[i].Employee] = i;
            }
        }
        return Roster.Create(staffCount, horizonDays, (e, d) => Columns[best[e]].Shifts[d]);
    }
}
