using Velferd.Turnus.Domain.Rules;

namespace Velferd.Turnus.Domain.Checking.Rules;

/// <summary>
/// Who has worked a Sunday (Saturday 18:00 – Sunday 22:00, AML §10-10 (1)) has the next Sunday off:
/// at most maxConsecutiveSundays worked Sundays in a row, round the rotation (AML §10-8 (4)).
/// </summary>
public sealed class SundayRule : PerPersonRule
{
    public override RuleId Id => RuleId.SundayRule;

    protected override IEnumerable<Breach> Check(CheckContext context, WorkTimeline timeline)
    {
        var worked = Enumerable.Range(0, context.Weeks).Select(week =>
        {
            var (start, end) = WorkingTime.Sunday(week);
            return timeline.WorksWithin(start, end);
        }).ToArray();
        var max = context.Rules.MaxConsecutiveSundays;
        foreach (var run in CyclicRuns.Find(worked).Where(run => run.Exceeds(max)))
            yield return Breach(timeline, run.Start * 7 + 6, null, $"arbeider søndager på rad fra uke {run.Start + 1}: {run.Describe()}; høyst {max}");
    }
}
