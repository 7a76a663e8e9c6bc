using Velferd.Turnus.Domain.Rules;
using Velferd.Turnus.Domain.Time;

namespace Velferd.Turnus.Solver.Torn.Districts;

/// <summary>
/// A first solution for CP-SAT to start from: every shift of the fagteam's catalogue worked by one member each day
/// (as far as rest, weekends and hours allow), nobody placed yet. It is legal, and already shows what being on
/// duty saves; the search then places members where the work is.
/// </summary>
internal static class DistrictHint
{
    public static void Apply(DistrictContext context)
    {
        var fagteam = context.District.Fagteam;
        var hoursLeft = fagteam.Positions * RuleSet.Default.FullTimeHoursPerWeek;
        var worked = new List<(int Member, FagteamShiftSlots Shift)>();
        foreach (var day in context.Shifts.GroupBy(shift => shift.Day))
        {
            var starting = 0;
            foreach (var shift in day)
            {
                var weekendFull = day.Key is Weekday.Saturday or Weekday.Sunday && starting >= fagteam.MaxOnDutyPerWeekendDay;
                var member = Enumerable.Range(0, context.Members).FirstOrDefault(member => Rested(worked, member, shift), -1);
                if (weekendFull || member < 0 || shift.PaidHours > hoursLeft)
                    continue;
                worked.Add((member, shift));
                hoursLeft -= shift.PaidHours;
                starting++;
            }
        }
        for (var member = 0; member < context.Members; member++)
            foreach (var shift in context.Shifts)
                context.Model.AddHint(context.Works(member, shift.Index), worked.Contains((member, shift)));
    }

    private static bool Rested(List<(int Member, FagteamShiftSlots Shift)> worked, int member, FagteamShiftSlots shift)
    {
        var rest = RuleSet.Default.DailyRestHours * 60;
        return worked.Where(item => item.Member == member).All(item =>
            item.Shift.Day != shift.Day && !item.Shift.Slots.Intersect(shift.Slots).Any() &&
            Math.Min(item.Shift.MinutesUntil(shift), shift.MinutesUntil(item.Shift)) >= rest);
    }
}
