using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Checking;

namespace Velferd.Turnus.Solver.Turnus.Rules;

/// <summary>Twin of the checker's MaxHoursPerWeek and MaxAverageHoursPerWeek (AML §10-5 (2)).</summary>
internal static class MaxHoursPerWeek
{
    public static void Add(TurnusModelContext context)
    {
        var weekLimit = (long)Math.Round(context.Rules.MaxHoursPerWeek * 60);
        var averageLimit = (long)Math.Round(context.Rules.MaxAverageHoursPerWeek * 60 * context.Weeks);
        foreach (var person in context.People)
        {
            for (var week = 0; week < context.Weeks; week++)
            {
                if (WorkingHours.MaxMinutes(context, person.Index, week * 7, 7) <= weekLimit)
                    continue;
                var guard = context.Guards.For(context.Model, RuleId.MaxHoursPerWeek, person.Id, week * 7, $"høyst {DayNames.Number(context.Rules.MaxHoursPerWeek)} t i uke {week + 1} for {person.Id}");
                context.Model.Add(WorkingHours.Minutes(context, person.Index, week * 7, 7) <= weekLimit).When(guard);
            }
            if (WorkingHours.MaxMinutes(context, person.Index, 0, context.Days) > averageLimit)
            {
                var guard = context.Guards.For(context.Model, RuleId.MaxAverageHoursPerWeek, person.Id, null, $"høyst {DayNames.Number(context.Rules.MaxAverageHoursPerWeek)} t i snitt per uke for {person.Id}");
                context.Model.Add(WorkingHours.Minutes(context, person.Index, 0, context.Days) <= averageLimit).When(guard);
            }
        }
    }
}
