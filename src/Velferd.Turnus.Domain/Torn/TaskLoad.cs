using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Domain.Torn;

/// <summary>
/// When a task's minutes fall in the week: each day's minutes are shared equally between the task's windows
/// (the medicine round at 08, 12 and 20 in three windows) and spread evenly within each window, like vedtak hours.
/// </summary>
public static class TaskLoad
{
    /// <summary>Direct task minutes per week slot (a slot may hold more than 15 minutes: several staff at once).</summary>
    public static double[] MinutesPerSlot(CareTask task, int residents)
    {
        var minutes = new double[SlotGrid.SlotsPerWeek];
        var perDay = task.MinutesPerDay(residents);
        if (perDay <= 0 || task.Windows.Count == 0)
            return minutes;
        var perWindow = perDay / task.Windows.Count;
        foreach (var day in task.Weekdays)
        {
            foreach (var window in task.Windows)
            {
                var slots = SlotGrid.SlotsOf(day, window).ToList();
                foreach (var slot in slots)
                    minutes[slot] += perWindow / slots.Count;
            }
        }
        return minutes;
    }
}
