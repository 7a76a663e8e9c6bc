namespace Velferd.Turnus.Domain.Checking.Rules;

/// <summary>At most maxHoursPerWeek (54 h) in any calendar week; shifts count in the week they start (AML §10-5 (2)).</summary>
public sealed class MaxHoursPerWeek : PerPersonRule
{
    public override RuleId Id => RuleId.MaxHoursPerWeek;

    protected override IEnumerable<Breach> Check(CheckContext context, WorkTimeline timeline)
    {
        var limit = (int)Math.Round(context.Rules.MaxHoursPerWeek * 60);
        foreach (var week in timeline.Intervals.GroupBy(interval => interval.Day / 7))
        {
            var minutes = week.Sum(interval => interval.CountedMinutes);
            if (minutes > limit)
                yield return Breach(timeline, week.Key * 7, null, $"{DayNames.Hours(minutes)} i uke {week.Key + 1}; grense {DayNames.Hours(limit)}");
        }
    }
}
