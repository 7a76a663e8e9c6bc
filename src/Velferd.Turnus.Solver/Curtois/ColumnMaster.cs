using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Benchmarks.Curtois;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Curtois;

/// <summary>
/// The integer master ("price and branch"): choose exactly one generated schedule per employee,
/// paying request penalties and cover shortfall/excess. Every schedule is legal by construction,
/// so any solution is a legal roster; with the tight column-generation LP it finds near-optimal
/// rosters quickly.
/// </summary>
internal static class ColumnMaster
{
    public static (Roster? Roster, SolveReport Report) Solve(
        CpSatRunner runner, CurtoisInstance instance, IReadOnlyList<ScheduleColumn> columns, Roster? hint,
        SolveOptions options, Action<SolveProgress>? onImprovement, CancellationToken cancellation, TimeSpan clockOffset)
    {
        var model = new CpModel();
        var objective = new ObjectiveBuilder();
        var chosen = columns.Select((c, i) => model.NewBoolVar($"column{i}")).ToArray();
        for (var e = 0; e < instance.Staff.Count; e++)
        {
            var own = Enumerable.Range(0, columns.Count).Where(i => columns[i].Employee == e).Select(i => (ILiteral)chosen[i]).ToList();
            model.AddExactlyOne(own);
        }
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].RequestPenalty != 0) objective.AddLiteral("requests", chosen[i], columns[i].RequestPenalty);
        }
        foreach (var cover in instance.Cover)
        {
            var staffing = Enumerable.Range(0, columns.Count)
                .Where(i => columns[i].Shifts[cover.Day] == cover.Shift)
                .Select(i => (ILiteral)chosen[i])
                .ToList();
            SoftConstraints.AddTarget(model, objective, "cover", LinearExpr.Sum(staffing), cover.Requirement, 0,
                instance.Staff.Count, cover.UnderWeight, cover.OverWeight, $"cover{cover.Day}_{cover.Shift}");
        }
        objective.Minimize(model);
        if (hint is not null)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                var c = columns[i];
                model.AddHint(chosen[i], Enumerable.Range(0, instance.HorizonDays).All(d => hint[c.Employee, d] == c.Shifts[d]));
            }
        }

        var report = runner.Solve(model.Model, options, onImprovement, cancellation, clockOffset);
        if (!report.HasSolution) return (null, report);
        var roster = Roster.Create(instance.Staff.Count, instance.HorizonDays, (e, d) =>
        {
            for (var i = 0; i < columns.Count; i++)
            {
                if (columns[i].Employee == e && report.Values.BooleanValue(chosen[i])) return columns[i].Shifts[d];
            }
            return Roster.Off;
        });
        return (roster, report);
    }
}
