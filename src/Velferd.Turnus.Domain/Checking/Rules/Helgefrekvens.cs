using Velferd.Turnus.Domain.Rules;

namespace Velferd.Turnus.Domain.Checking.Rules;

/// <summary>
/// Helgefrekvens N: at most one worked weekend (Saturday 00:00 – Monday 00:00) in any N consecutive
/// weekends, counted round the repeating rotation.
/// </summary>
public sealed class Helgefrekvens : PerPersonRule
{
    public override RuleId Id => RuleId.Helgefrekvens;

    protected override IEnumerable<Breach> Check(CheckContext context, WorkTimeline timeline)
    {
        var every = timeline.Employee.Helgefrekvens;
        if (every <= 1)
            yield break;
        var weeks = context.Weeks;
        var worked = Enumerable.Range(0, weeks).Select(week =>
        {
            var (start, end) = WorkingTime.Weekend(week);
            return timeline.WorksWithin(start, end);
        }).ToArray();
        for (var first = 0; first < weeks; first++)
        {
            if (!worked[first])
                continue;
            for (var distance = 1; distance < every; distance++)
            {
                var other = (first + distance) % weeks;
                if (worked[other])
                {
                    yield return Breach(timeline, first * 7 + 5, null,
                        $"arbeider helgen i uke {first + 1} og igjen {distance} helg(er) senere (uke {other + 1}); avtalt hver {every}. helg");
                    break;
                }
            }
        }
    }
}
