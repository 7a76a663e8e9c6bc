using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Checking;

namespace Velferd.Turnus.Solver.Turnus.Rules;

/// <summary>
/// Twin of the checker's DailyRest (AML §10-8 (1)): a shift may not be followed within dailyRestHours by
/// another. Posted as "this shift + every too-close shift of the next days ≤ 1", which is valid because a
/// person works at most one shift a day, and stronger than pairwise clauses. Also covers the checker's
/// MaxHoursPerDay, which is a property of the same pairs.
/// </summary>
internal static class DailyRest
{
    public static void Add(TurnusModelContext context)
    {
        var rest = (int)Math.Round(context.Rules.DailyRestHours * 60);
        var maxPerDay = context.Rules.MaxHoursPerDay * 60;
        var variables = context.Variables;
        foreach (var person in context.People)
        {
            var restGuard = context.Guards.For(context.Model, RuleId.DailyRest, person.Id, null, $"daglig hvile {DayNames.Number(context.Rules.DailyRestHours)} t for {person.Id}");
            foreach (var (day, s, variable) in variables.Of(person.Index))
            {
                var first = context.Shifts[s];
                for (var later = 1; later <= 2; later++)
                {
                    var conflicting = variables.On(person.Index, day + later)
                        .Where(next => ShiftPairs.Rest(first, context.Shifts[next.Shift], later) < rest ||
                                       ShiftPairs.WorkedIn24Hours(first, context.CountedMinutes(s), context.Shifts[next.Shift], context.CountedMinutes(next.Shift), later) > maxPerDay + 0.5)
                        .Select(next => next.Variable)
                        .ToList();
                    if (conflicting.Count > 0)
                        context.Model.Add(variable + LinearExpr.Sum(conflicting) <= 1).When(restGuard);
                }
            }
        }
    }
}
