using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Rules;
using Velferd.Turnus.Domain.Time;

namespace Velferd.Turnus.Solver.Torn.Districts.Rules;

/// <summary>
/// Twin of the checker's shift and size checks: each member works whole shifts of the fagteam's catalogue, at most
/// one a day and never two that overlap or leave less than the daily rest between them (AML §10-8(1)); the team's
/// hours fit its positions, and each weekend day only the members whose weekend it is can work (helgefrekvens).
/// </summary>
internal static class FagteamShifts
{
    public static void Add(DistrictContext context)
    {
        var rest = RuleSet.Default.DailyRestHours * 60;
        for (var member = 0; member < context.Members; member++)
        {
            foreach (var day in context.Shifts.GroupBy(shift => shift.Day))
                context.Model.AddAtMostOne(day.Select(shift => context.Works(member, shift.Index)));
            foreach (var a in context.Shifts)
                foreach (var b in context.Shifts.Where(b => b.Index > a.Index))
                    if (a.Slots.Intersect(b.Slots).Any() || Math.Min(a.MinutesUntil(b), b.MinutesUntil(a)) < rest)
                        context.Model.AddBoolOr([context.Works(member, a.Index).Not(), context.Works(member, b.Index).Not()]);
        }
        var fagteam = context.District.Fagteam;
        var hours = context.Shifts.SelectMany(shift => Enumerable.Range(0, context.Members)
            .Select(member => LinearExpr.Term(context.Works(member, shift.Index), (long)Math.Round(shift.PaidHours * 60))));
        context.Model.Add(LinearExpr.Sum(hours) <= (long)Math.Floor(fagteam.Positions * RuleSet.Default.FullTimeHoursPerWeek * 60));
        foreach (var day in new[] { Weekday.Saturday, Weekday.Sunday })
        {
            var starting = context.Shifts.Where(shift => shift.Day == day)
                .SelectMany(shift => Enumerable.Range(0, context.Members).Select(member => context.Works(member, shift.Index)));
            context.Model.Add(LinearExpr.Sum(starting) <= fagteam.MaxOnDutyPerWeekendDay);
        }
        BreakSymmetry(context);
    }

    /// <summary>Members are interchangeable: on each day member m works whenever member m+1 does.</summary>
    private static void BreakSymmetry(DistrictContext context)
    {
        foreach (var day in context.Shifts.GroupBy(shift => shift.Day))
            for (var member = 0; member + 1 < context.Members; member++)
                context.Model.Add(LinearExpr.Sum(day.Select(shift => context.Works(member, shift.Index))) >=
                                  LinearExpr.Sum(day.Select(shift => context.Works(member + 1, shift.Index))));
    }
}
