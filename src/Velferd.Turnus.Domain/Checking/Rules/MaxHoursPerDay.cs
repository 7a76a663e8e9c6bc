namespace Velferd.Turnus.Domain.Checking.Rules;

/// <summary>At most maxHoursPerDay (12.5 h) of working time in the 24 hours from the start of any shift (AML §10-5 (2)).</summary>
public sealed class MaxHoursPerDay : PerPersonRule
{
    public override RuleId Id => RuleId.MaxHoursPerDay;

    protected override IEnumerable<Breach> Check(CheckContext context, WorkTimeline timeline)
    {
        var limit = context.Rules.MaxHoursPerDay * 60;
        foreach (var interval in timeline.Intervals)
        {
            var worked = timeline.CountedMinutesWithin(interval.Start, interval.Start + 24 * 60);
            if (worked > limit + 0.5)
            {
                yield return Breach(timeline, interval.Day, interval.Shift.Code,
                    $"{DayNames.Hours((int)Math.Round(worked))} arbeid i 24 timer fra {interval.Shift.Code} {DayNames.Describe(interval.Day)}; grense {DayNames.Hours((int)limit)}");
            }
        }
    }
}
