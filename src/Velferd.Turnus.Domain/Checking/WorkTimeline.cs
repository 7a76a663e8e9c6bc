using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Domain.Rules;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Domain.Checking;

/// <summary>One shift worked, placed on the rotation's minute axis (Monday 00:00 of week 1 = 0).</summary>
public sealed record WorkInterval(int Day, ShiftDefinition Shift, int Start, int End, int CountedMinutes);

/// <summary>
/// A person's shifts in time order on the cyclic rotation. Rules that look across the end of the
/// rotation (rest, runs of days) read the next interval after the last as the first one again,
/// shifted by the horizon, because the turnus repeats.
/// </summary>
public sealed class WorkTimeline
{
    private WorkTimeline(Employee employee, int staffIndex, IReadOnlyList<WorkInterval> intervals, int horizon)
    {
        Employee = employee;
        StaffIndex = staffIndex;
        Intervals = intervals;
        Horizon = horizon;
    }

    public Employee Employee { get; }
    public int StaffIndex { get; }
    public IReadOnlyList<WorkInterval> Intervals { get; }
    public int Horizon { get; }

    public int TotalCountedMinutes => Intervals.Sum(interval => interval.CountedMinutes);

    public static WorkTimeline Of(Roster roster, int staffIndex)
    {
        var intervals = new List<WorkInterval>();
        for (var day = 0; day < roster.Days; day++)
        {
            if (roster.ShiftOn(staffIndex, day) is not { } shift)
                continue;
            var start = RotationCalendar.StartMinute(day, shift);
            intervals.Add(new WorkInterval(day, shift, start, start + shift.DurationMinutes, WorkingTime.CountedMinutes(shift, roster.Unit.Rules)));
        }
        return new WorkTimeline(roster.Staff[staffIndex], staffIndex, intervals, roster.Calendar.HorizonMinutes);
    }

    /// <summary>Each interval with the one that follows it (the last is followed by the first, one rotation later).</summary>
    public IEnumerable<(WorkInterval Current, WorkInterval Next, int NextStart)> ConsecutivePairs()
    {
        for (var i = 0; i < Intervals.Count; i++)
        {
            var next = Intervals[(i + 1) % Intervals.Count];
            var nextStart = i + 1 < Intervals.Count ? next.Start : next.Start + Horizon;
            if (Intervals.Count > 1 || nextStart > Intervals[i].Start)
                yield return (Intervals[i], next, nextStart);
        }
    }

    /// <summary>Work intervals as [start, end) copies one rotation before and after, for windows that cross the ends.</summary>
    public IEnumerable<(int Start, int End, WorkInterval Interval)> Unrolled()
    {
        foreach (var offset in new[] { -Horizon, 0, Horizon })
            foreach (var interval in Intervals)
                yield return (interval.Start + offset, interval.End + offset, interval);
    }

    /// <summary>Working minutes inside [from, to), counting each shift's counted minutes pro rata to its overlap.</summary>
    public double CountedMinutesWithin(int from, int to) =>
        Unrolled().Sum(item =>
        {
            var overlap = Math.Max(0, Math.Min(item.End, to) - Math.Max(item.Start, from));
            return overlap == 0 ? 0 : (double)item.Interval.CountedMinutes * overlap / (item.End - item.Start);
        });

    public bool WorksWithin(int from, int to) => Unrolled().Any(item => item.Start < to && from < item.End);
}
