using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Domain.Demand;

/// <summary>
/// Turns vedtak and base staffing into the staffing curve: vedtak hours are spread evenly over their
/// windows (visits over their visit windows), multiplied up by the indirect-time uplift
/// (÷ direct-time share), and base staffing is added on top. A sleeping-night vedtak (hvilende
/// tilsyn) makes sleeping presence over its windows instead: one sleeping staff serves the house,
/// so presence is the largest need, not the sum, and it gets no indirect-time uplift.
/// </summary>
public static class DemandEngine
{
    public static StaffingCurve Build(Unit unit)
    {
        var length = StaffingCurve.ArrayLength;
        var awakeLoad = new double[length];
        var requiredVedtak = new int[length];
        var sleeping = new int[length];
        var baseAwake = new int[length];
        double vedtakAwakeHours = 0, vedtakSleepingHours = 0;

        foreach (var vedtak in unit.AllVedtak)
        {
            foreach (var (slot, load) in SpreadOverSlots(vedtak))
            {
                var index = StaffingCurve.IndexOf(slot, vedtak.Competence);
                if (vedtak.Night == NightCover.Sleeping)
                {
                    sleeping[index] = Math.Max(sleeping[index], vedtak.StaffingRatio);
                    vedtakSleepingHours += load * SlotGrid.SlotHours;
                    continue;
                }
                awakeLoad[index] += load;
                vedtakAwakeHours += load * SlotGrid.SlotHours;
                if (vedtak.IsContinuousPresence)
                    requiredVedtak[index] += vedtak.StaffingRatio;
            }
        }

        foreach (var rule in unit.BaseStaffing)
        {
            foreach (var day in rule.Weekdays)
            {
                foreach (var slot in SlotGrid.SlotsOf(day, rule.Window))
                {
                    var index = StaffingCurve.IndexOf(slot, rule.Competence);
                    if (rule.Presence == NightCover.Sleeping)
                        sleeping[index] = Math.Max(sleeping[index], rule.Count);
                    else
                        baseAwake[index] += rule.Count;
                }
            }
        }

        var desired = new double[length];
        var required = new int[length];
        for (var i = 0; i < length; i++)
        {
            desired[i] = awakeLoad[i] / unit.DirectTimeShare + baseAwake[i];
            required[i] = baseAwake[i] + requiredVedtak[i];
        }

        var breakdown = new DemandBreakdown(
            VedtakAwakeHours: vedtakAwakeHours,
            VedtakSleepingHours: vedtakSleepingHours,
            BaseAwakeHours: baseAwake.Sum() * SlotGrid.SlotHours,
            SleepingHours: sleeping.Sum() * SlotGrid.SlotHours,
            DirectTimeShare: unit.DirectTimeShare);
        return new StaffingCurve(desired, required, sleeping, breakdown);
    }

    /// <summary>Staff needed per slot from one vedtak: its hours spread evenly over its windows or visit windows.</summary>
    private static IEnumerable<(int Slot, double Load)> SpreadOverSlots(Vedtak vedtak)
    {
        if (vedtak.IsVisitBased)
        {
            foreach (var visit in vedtak.Visits)
            {
                var slotCount = SlotCount(visit.Window);
                var load = visit.Minutes * vedtak.StaffingRatio / (double)(slotCount * SlotGrid.SlotMinutes);
                foreach (var day in visit.Weekdays)
                    foreach (var slot in SlotGrid.SlotsOf(day, visit.Window))
                        yield return (slot, load);
            }
            yield break;
        }

        var windowSlots = vedtak.Weekdays.Count * vedtak.Windows.Sum(SlotCount);
        if (windowSlots == 0 || vedtak.HoursPerWeek <= 0)
            yield break;
        var perSlot = vedtak.HoursPerWeek / (windowSlots * SlotGrid.SlotHours);
        foreach (var day in vedtak.Weekdays)
            foreach (var window in vedtak.Windows)
                foreach (var slot in SlotGrid.SlotsOf(day, window))
                    yield return (slot, perSlot);
    }

    private static int SlotCount(TimeWindow window) =>
        (window.DurationMinutes + SlotGrid.SlotMinutes - 1) / SlotGrid.SlotMinutes;
}
