using Velferd.Turnus.Domain.Rules;

namespace Velferd.Turnus.Domain.Checking.Rules;

/// <summary>
/// A continuous rest of at least weeklyRestHours (35 h) inside every calendar week of the rotation
/// (Monday 00:00 to Monday 00:00; AML §10-8 (2) lets the seven-day period be a fixed week).
/// </summary>
public sealed class WeeklyRest : PerPersonRule
{
    public override RuleId Id => RuleId.WeeklyRest;

    protected override IEnumerable<Breach> Check(CheckContext context, WorkTimeline timeline)
    {
        var required = (int)Math.Round(context.Rules.WeeklyRestHours * 60);
        for (var week = 0; week < context.Weeks; week++)
        {
            var (start, end) = WorkingTime.Week(week);
            var longest = LongestFree(timeline, start, end);
            if (longest < required)
            {
                yield return Breach(timeline, week * 7, null,
                    $"lengste sammenhengende fri i uke {week + 1} er {DayNames.Hours(longest)}; krav {DayNames.Hours(required)}");
            }
        }
    }

    /// <summary>The longest stretch of [start, end) with no work.</summary>
    public static int LongestFree(WorkTimeline timeline, int start, int end)
    {
        var busy = timeline.Unrolled()
            .Where(item => item.Start < end && start < item.End)
            .Select(item => (From: Math.Max(item.Start, start), To: Math.Min(item.End, end)))
            .OrderBy(item => item.From);
        var longest = 0;
        var freeFrom = start;
        foreach (var (from, to) in busy)
        {
            longest = Math.Max(longest, from - freeFrom);
            freeFrom = Math.Max(freeFrom, to);
        }
        return Math.Max(longest, end - freeFrom);
    }
}
