using Velferd.Turnus.Domain.Time;

namespace Velferd.Turnus.Domain.Torn;

/// <summary>
/// Consecutive slots of one day in which every task's load and the vedtak pool are the same, so one split
/// decision stands for all of them. <see cref="TaskMinutes"/> are whole direct minutes per task (by catalogue
/// index); <see cref="PoolMinutes"/> are staff-minutes of vedtak load per competence.
/// </summary>
public sealed record TaskSegment(int Index, int FirstSlot, int SlotCount, IReadOnlyList<int> TaskMinutes, IReadOnlyList<double> PoolMinutes)
{
    public Weekday Day => SlotGrid.DayOf(FirstSlot);

    public IEnumerable<int> Slots => Enumerable.Range(FirstSlot, SlotCount);

    public int Minutes => SlotCount * SlotGrid.SlotMinutes;

    public override string ToString() =>
        $"{Day.NorwegianShortName()} {SlotGrid.StartOf(FirstSlot)}–{new ClockTime((SlotGrid.SlotOfDay(FirstSlot) + SlotCount) * SlotGrid.SlotMinutes % ClockTime.MinutesPerDay)}";
}
