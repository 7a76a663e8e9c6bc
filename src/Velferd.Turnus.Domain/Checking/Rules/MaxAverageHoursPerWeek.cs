namespace Velferd.Turnus.Domain.Checking.Rules;

/// <summary>At most maxAverageHoursPerWeek (48 h) on average over the rotation, which repeats (AML §10-5 (2)).</summary>
public sealed class MaxAverageHoursPerWeek : PerPersonRule
{
    public override RuleId Id => RuleId.MaxAverageHoursPerWeek;

    protected override IEnumerable<Breach> Check(CheckContext context, WorkTimeline timeline)
    {
        var limit = (int)Math.Round(context.Rules.MaxAverageHoursPerWeek * 60 * context.Weeks);
        if (timeline.TotalCountedMinutes > limit)
        {
            yield return Breach(timeline, null, null,
                $"i snitt {DayNames.Hours(timeline.TotalCountedMinutes / context.Weeks)} per uke; grense {DayNames.Hours(limit / context.Weeks)}");
        }
    }
}
