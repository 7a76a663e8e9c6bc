using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Domain.Rules;

namespace Velferd.Turnus.Solver.Turnus.Soft;

/// <summary>
/// Real money that depends on when shifts lie: the evening/night supplement (KS HTA §5.4) and the weekend
/// supplement (§5.2), with social costs, per shift worked. Priced on the counts per (day, shift, competence),
/// since the supplement does not depend on who works.
/// </summary>
internal static class Supplements
{
    public static void Add(TurnusModelContext context, CoverageSegments coverage)
    {
        var costs = context.Unit.Costs;
        var horizon = context.Calendar.HorizonMinutes;
        for (var day = 0; day < context.Days; day++)
        {
            for (var s = 0; s < context.Shifts.Count; s++)
            {
                var shift = context.Shifts[s];
                var paidShare = (double)context.CountedMinutes(s) / shift.DurationMinutes;
                var start = RotationCalendar.StartMinute(day, shift);
                var weekendMinutes = Enumerable.Range(0, context.Weeks).Sum(week =>
                {
                    var (from, to) = WorkingTime.Weekend(week);
                    return WorkingTime.Overlap(start, start + shift.DurationMinutes, from, to, horizon);
                });
                var eveningNight = WorkingTime.EveningNightMinutes(shift, costs.EveningStartHour, costs.NightEndHour);
                var kroner = (weekendMinutes * costs.WeekendSupplementPerHour + eveningNight * costs.EveningNightSupplementPerHour)
                             / 60 * paidShare * (1 + costs.SocialCostShare);
                if (kroner <= 0)
                    continue;
                foreach (var competence in CompetenceCodes.All)
                    if (coverage.OnShift(day, s, competence) is { } count)
                        context.Objective.Add("tillegg", count, TurnusModelContext.Ore(kroner));
            }
        }
    }
}
