using Velferd.Turnus.Domain.Rules;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Domain.Checking.Rules;

/// <summary>Night shifts only for those who work nights, and only night shifts for those who work only nights.</summary>
public sealed class NightWorkPreference : PerPersonRule
{
    public override RuleId Id => RuleId.NightWorkPreference;

    protected override IEnumerable<Breach> Check(CheckContext context, WorkTimeline timeline)
    {
        var night = timeline.Employee.Night;
        foreach (var interval in timeline.Intervals)
        {
            var isNight = WorkingTime.IsNightShift(interval.Shift);
            if (night == NightWork.No && isNight)
                yield return Breach(timeline, interval.Day, interval.Shift.Code, "har nattevakt, men jobber ikke natt etter avtalen");
            else if (night == NightWork.Only && !isNight)
                yield return Breach(timeline, interval.Day, interval.Shift.Code, "har dag-/kveldsvakt, men jobber bare natt etter avtalen");
        }
    }
}
