using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Domain.Checking.Rules;

/// <summary>Langvakter only for those who have agreed to them (longShifts: true).</summary>
public sealed class LongShiftConsent : PerPersonRule
{
    public override RuleId Id => RuleId.LongShiftConsent;

    protected override IEnumerable<Breach> Check(CheckContext context, WorkTimeline timeline)
    {
        if (timeline.Employee.AcceptsLongShifts)
            yield break;
        foreach (var interval in timeline.Intervals.Where(interval => interval.Shift.Category == ShiftCategory.Long))
            yield return Breach(timeline, interval.Day, interval.Shift.Code, "har langvakt uten å ha sagt ja til langvakter");
    }
}
