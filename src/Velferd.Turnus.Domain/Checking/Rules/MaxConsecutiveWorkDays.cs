namespace Velferd.Turnus.Domain.Checking.Rules;

/// <summary>At most maxConsecutiveWorkDays days with a shift in a row.</summary>
public sealed class MaxConsecutiveWorkDays : PerPersonRule
{
    public override RuleId Id => RuleId.MaxConsecutiveWorkDays;

    protected override IEnumerable<Breach> Check(CheckContext context, WorkTimeline timeline)
    {
        var max = context.Rules.MaxConsecutiveWorkDays;
        var working = DaysWith(context, timeline, _ => true);
        foreach (var run in CyclicRuns.Find(working).Where(run => run.Exceeds(max)))
            yield return Breach(timeline, run.Start, null, $"arbeidsdager på rad fra {DayNames.Describe(run.Start)}: {run.Describe()}; høyst {max}");
    }
}
