using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Domain.Rules;

namespace Velferd.Turnus.Solver.Turnus.Soft;

/// <summary>
/// Against helgestillinger: weekend hours beyond <see cref="PlanWeights.WeekendShareLimit"/> of a person's
/// hours are penalised, so small positions are not filled mostly with weekend shifts.
/// </summary>
internal static class WeekendShare
{
    public static void Add(TurnusModelContext context)
    {
        var limit = context.Weights.WeekendShareLimit;
        var horizon = context.Calendar.HorizonMinutes;
        foreach (var person in context.People)
        {
            var weekend = new List<LinearExpr>();
            var total = new List<LinearExpr>();
            foreach (var (day, s, variable) in context.Variables.Of(person.Index))
            {
                var shift = context.Shifts[s];
                var counted = context.CountedMinutes(s);
                var start = RotationCalendar.StartMinute(day, shift);
                var inWeekend = Enumerable.Range(0, context.Weeks).Sum(week =>
                {
                    var (from, to) = WorkingTime.Weekend(week);
                    return WorkingTime.Overlap(start, start + shift.DurationMinutes, from, to, horizon);
                });
                total.Add(LinearExpr.Term(variable, counted));
                if (inWeekend > 0)
                    weekend.Add(LinearExpr.Term(variable, (long)Math.Round(counted * (double)inWeekend / shift.DurationMinutes)));
            }
            if (weekend.Count == 0)
                continue;
            // 100 × weekend − 100 × limit × total, in hundredths of a minute.
            var excess = context.Model.NewIntVar(0, 100L * 60 * 24 * context.Days, $"weekendexcess_{person.Id}");
            context.Model.Add(excess >= LinearExpr.Sum(weekend) * 100 - LinearExpr.Sum(total) * (long)Math.Round(limit * 100));
            context.Objective.Add("helgeandel", excess, TurnusModelContext.Ore(context.Weights.WeekendExcessPerHour / 60 / 100));
        }
    }
}
