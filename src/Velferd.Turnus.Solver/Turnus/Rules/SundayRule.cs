using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Rules;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Turnus.Rules;

/// <summary>
/// Twin of the checker's SundayRule (AML §10-8 (4)): Sunday work is any shift overlapping Saturday 18:00 –
/// Sunday 22:00; at most maxConsecutiveSundays worked Sundays in a row round the rotation.
/// </summary>
internal static class SundayRule
{
    public static void Add(TurnusModelContext context)
    {
        var max = context.Rules.MaxConsecutiveSundays;
        foreach (var person in context.People)
        {
            var sundays = Enumerable.Range(0, context.Weeks).Select(week =>
            {
                var (start, end) = WorkingTime.Sunday(week);
                var overlapping = Overlapping.Shifts(context, person.Index, start, end);
                return overlapping.Count == 0
                    ? context.Model.FalseLiteral()
                    : Indicators.AnyOf(context.Model, overlapping, $"sunday_{person.Id}_{week}", exact: false);
            }).ToList();
            var guard = context.Guards.For(context.Model, RuleId.SundayRule, person.Id, null, $"fri søndag etter arbeidssøndag for {person.Id}");
            Runs.AddMaxRun(context.Model, sundays, max, guard);
        }
    }
}
