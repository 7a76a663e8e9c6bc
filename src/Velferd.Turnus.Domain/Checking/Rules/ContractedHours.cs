using Velferd.Turnus.Domain.Rules;

namespace Velferd.Turnus.Domain.Checking.Rules;

/// <summary>The rotation gives each person the hours of their position: stillingsprosent × full-time week × weeks, within the agreed tolerance.</summary>
public sealed class ContractedHours : PerPersonRule
{
    public override RuleId Id => RuleId.ContractedHours;

    protected override IEnumerable<Breach> Check(CheckContext context, WorkTimeline timeline)
    {
        var contract = WorkingTime.ContractMinutes(timeline.Employee.Stillingsprosent, context.Rules, context.Weeks);
        var tolerance = WorkingTime.ToleranceMinutes(context.Rules, context.Weeks);
        var worked = timeline.TotalCountedMinutes;
        if (Math.Abs(worked - contract) > tolerance)
        {
            yield return Breach(timeline, null, null,
                $"turnusen gir {DayNames.Hours(worked)} over {context.Weeks} uker; stillingen ({DayNames.Number(timeline.Employee.Stillingsprosent)} %) skal gi {DayNames.Hours(contract)} ± {DayNames.Hours(tolerance)}");
        }
    }
}
