using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.FileFormats.Tests;

/// <summary>
/// Weekly demand hours worked out minute by minute, straight from the unit's definitions, independently of the
/// engine's slot arithmetic: vedtak hours spread evenly over their window minutes (a sleeping-night vedtak is sleeping
/// presence over all its minutes), base staffing minute by minute, and sleeping
/// presence as the largest sleeping need in each minute.
/// </summary>
internal sealed record ReferenceDemand(double VedtakAwakeHours, double VedtakSleepingHours, double BaseAwakeHours, double SleepingHours)
{
    private const int MinutesPerWeek = 7 * ClockTime.MinutesPerDay;

    public static ReferenceDemand Of(Unit unit)
    {
        var sleeping = new Dictionary<Competence, int[]>();
        int[] SleepingOf(Competence competence) =>
            sleeping.TryGetValue(competence, out var minutes) ? minutes : sleeping[competence] = new int[MinutesPerWeek];

        double vedtakAwake = 0, vedtakSleeping = 0;
        foreach (var vedtak in unit.AllVedtak)
        {
            foreach (var (minutes, staffMinutes) in Spread(vedtak))
            {
                var perMinute = staffMinutes / minutes.Count;
                foreach (var minute in minutes)
                {
                    if (vedtak.Night == NightCover.Sleeping)
                    {
                        vedtakSleeping += perMinute / 60;
                        var presence = SleepingOf(vedtak.Competence);
                        presence[minute] = Math.Max(presence[minute], vedtak.StaffingRatio);
                    }
                    else
                    {
                        vedtakAwake += perMinute / 60;
                    }
                }
            }
        }

        double baseAwake = 0;
        foreach (var rule in unit.BaseStaffing)
        {
            foreach (var minute in rule.Weekdays.SelectMany(day => MinutesOf(day, rule.Window)))
            {
                if (rule.Presence == NightCover.Awake)
                    baseAwake += rule.Count / 60.0;
                else
                    SleepingOf(rule.Competence)[minute] = Math.Max(SleepingOf(rule.Competence)[minute], rule.Count);
            }
        }
        var sleepingHours = sleeping.Values.Sum(minutes => minutes.Sum()) / 60.0;
        return new ReferenceDemand(vedtakAwake, vedtakSleeping, baseAwake, sleepingHours);
    }

    /// <summary>Each part of a vedtak with the week minutes it may be given in and the staff minutes it grants there.</summary>
    private static IEnumerable<(List<int> Minutes, double StaffMinutes)> Spread(Vedtak vedtak)
    {
        if (vedtak.IsVisitBased)
        {
            foreach (var visit in vedtak.Visits)
            {
                foreach (var day in visit.Weekdays)
                    yield return (MinutesOf(day, visit.Window).ToList(), visit.Minutes * vedtak.StaffingRatio);
            }
            yield break;
        }
        var all = vedtak.Weekdays.SelectMany(day => vedtak.Windows.SelectMany(window => MinutesOf(day, window))).ToList();
        yield return (all, vedtak.HoursPerWeek * 60);
    }

    private static IEnumerable<int> MinutesOf(Weekday day, TimeWindow window)
    {
        var start = (int)day * ClockTime.MinutesPerDay + window.From.Minutes % ClockTime.MinutesPerDay;
        return Enumerable.Range(start, window.DurationMinutes).Select(minute => minute % MinutesPerWeek);
    }
}
