using Velferd.Turnus.Domain.Time;

namespace Velferd.Turnus.Domain.Torn;

/// <summary>
/// Consecutive slots of one day inside one window of each task, in which every task's load is the same, so one
/// split decision stands for all of them. <see cref="TaskMinutes"/> are whole direct minutes per task (by catalogue index).
/// </summary>
public sealed record TaskSegment(int Index, int FirstSlot, int SlotCount, IReadOnlyList<int> TaskMinutes)
{
    public Weekday Day => SlotGrid.DayOf(FirstSlot);

    public IEnumerable<int> Slots => Enumerable.Range(FirstSlot, SlotCount);

    public int Minutes => SlotCount * SlotGrid.SlotMinutes;

    public bool Contains(int slot) => slot >= FirstSlot && slot < FirstSlot + SlotCount;

    public override string ToString() =>
        $"{Day.NorwegianShortName()} {SlotGrid.StartOf(FirstSlot)}–{new ClockTime((SlotGrid.SlotOfDay(FirstSlot) + SlotCount) * SlotGrid.SlotMinutes % ClockTime.MinutesPerDay)}";
}

/// <summary>One window of a task on one day, and the segments it is cut into.</summary>
public sealed record TaskOccurrence(int Task, Weekday Day, TimeWindow Window, IReadOnlyList<int> Slots, IReadOnlyList<int> Segments);
