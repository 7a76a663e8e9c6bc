using Velferd.Turnus.Domain.Rules;

namespace Velferd.Turnus.Domain.Checking.Rules;

/// <summary>At most maxConsecutiveNights night shifts (awake or sleeping) in a row.</summary>
public sealed class ConsecutiveNights : PerPersonRule
{
    public override RuleId Id => RuleId.ConsecutiveNights;

    protected override IEnumerable<Breach> Check(CheckContext context, WorkTimeline timeline)
    {
        var max = context.Rules.MaxConsecutiveNights;
        var nights = DaysWith(context, timeline, WorkingTime.IsNightShift);
        foreach (var run in CyclicRuns.Find(nights).Where(run => run.Exceeds(max)))
            yield return Breach(timeline, run.Start, null, $"nattevakter på rad fra {DayNames.Describe(run.Start)}: {run.Describe()}; høyst {max}");
    }
}
