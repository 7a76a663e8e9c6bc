namespace Velferd.Turnus.Domain.Checking.Rules;

/// <summary>At least dailyRestHours (11 h) off between the end of one shift and the start of the next, across the rotation's end too (AML §10-8 (1)).</summary>
public sealed class DailyRest : PerPersonRule
{
    public override RuleId Id => RuleId.DailyRest;

    protected override IEnumerable<Breach> Check(CheckContext context, WorkTimeline timeline)
    {
        var required = (int)Math.Round(context.Rules.DailyRestHours * 60);
        foreach (var (current, next, nextStart) in timeline.ConsecutivePairs())
        {
            var rest = nextStart - current.End;
            if (rest < required)
            {
                yield return Breach(timeline, next.Day, next.Shift.Code,
                    $"bare {DayNames.Hours(rest)} fri mellom {current.Shift.Code} {DayNames.Describe(current.Day)} og {next.Shift.Code} {DayNames.Describe(next.Day)}; krav {DayNames.Hours(required)}");
            }
        }
    }
}
