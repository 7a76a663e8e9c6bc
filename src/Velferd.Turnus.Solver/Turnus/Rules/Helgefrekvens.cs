using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Rules;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Turnus.Rules;

/// <summary>
/// Twin of the checker's Helgefrekvens: a weekend is worked when any shift overlaps Saturday 00:00 –
/// Monday 00:00; in any N consecutive weekends round the repeating rotation at most one is worked.
/// </summary>
internal static class Helgefrekvens
{
    public static void Add(TurnusModelContext context, IReadOnlyList<IReadOnlyList<ILiteral>> weekends)
    {
        foreach (var person in context.People)
        {
            var every = person.Employee.Helgefrekvens;
            var worked = weekends[person.Index];
            if (every <= 1)
                continue;
            var guard = context.Guards.For(context.Model, RuleId.Helgefrekvens, person.Id, null, $"helgefrekvens hver {every}. helg for {person.Id}");
            for (var first = 0; first < context.Weeks; first++)
            {
                // A window longer than the rotation meets the same weekend again; count it each time.
                var window = Enumerable.Range(first, every).Select(week => worked[week % context.Weeks]);
                context.Model.Add(LinearExpr.Sum(window) <= 1).When(guard);
            }
        }
    }

    /// <summary>One literal per rotation week: true exactly when the person works that weekend (fairness reads it too).</summary>
    public static IReadOnlyList<ILiteral> Weekends(TurnusModelContext context, int person) =>
        Enumerable.Range(0, context.Weeks).Select(week =>
        {
            var (start, end) = WorkingTime.Weekend(week);
            var overlapping = Overlapping.Shifts(context, person, start, end);
            return overlapping.Count == 0
                ? context.Model.FalseLiteral()
                : Indicators.AnyOf(context.Model, overlapping, $"weekend_{context.People[person].Id}_{week}", exact: true);
        }).ToList();
}
