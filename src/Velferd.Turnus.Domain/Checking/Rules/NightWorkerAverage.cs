using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Domain.Checking.Rules;

/// <summary>Regular night workers (night: only) work on average at most maxNightWorkerHoursPerDay per 24 h over any four weeks (AML §10-11 (3)).</summary>
public sealed class NightWorkerAverage : PerPersonRule
{
    private const int PeriodDays = 28;

    public override RuleId Id => RuleId.NightWorkerAverage;

    protected override IEnumerable<Breach> Check(CheckContext context, WorkTimeline timeline)
    {
        if (timeline.Employee.Night != NightWork.Only)
            yield break;
        var limit = context.Rules.MaxNightWorkerHoursPerDay * 60 * PeriodDays;
        for (var first = 0; first < context.Days; first++)
        {
            // A rotation shorter than the period repeats inside it: scale its total instead of unrolling further.
            var worked = context.Days >= PeriodDays
                ? timeline.CountedMinutesWithin(first * ClockTime.MinutesPerDay, (first + PeriodDays) * ClockTime.MinutesPerDay)
                : timeline.TotalCountedMinutes * (double)PeriodDays / context.Days;
            if (worked > limit + 0.5)
            {
                yield return Breach(timeline, first, null,
                    $"i snitt {DayNames.Hours((int)(worked / PeriodDays))} per døgn over fire uker fra {DayNames.Describe(first)}; grense {DayNames.Hours((int)(limit / PeriodDays))}");
                yield break;
            }
        }
    }
}
