using Velferd.Turnus.Domain.Planning;

namespace Velferd.Turnus.Domain.Checking.Rules;

/// <summary>No shift on a day the person is unavailable.</summary>
public sealed class Unavailability : PerPersonRule
{
    public override RuleId Id => RuleId.Unavailability;

    protected override IEnumerable<Breach> Check(CheckContext context, WorkTimeline timeline)
    {
        foreach (var interval in timeline.Intervals)
        {
            var week = RotationCalendar.WeekOf(interval.Day);
            var weekday = RotationCalendar.WeekdayOf(interval.Day);
            if (timeline.Employee.Unavailable.FirstOrDefault(rule => rule.Applies(week, weekday)) is { } rule)
                yield return Breach(timeline, interval.Day, interval.Shift.Code, $"er ikke tilgjengelig denne dagen{(rule.Reason is { } reason ? $" ({reason})" : "")}");
        }
    }
}
