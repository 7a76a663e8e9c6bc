using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Torn.Districts;

namespace Velferd.Turnus.Solver.Torn.Districts;

/// <summary>One fagteam shift on one weekday, with the week slots it covers (wrapping over Sunday midnight).</summary>
public sealed record FagteamShiftSlots(int Index, FagteamShift Shift, Weekday Day, IReadOnlyList<int> Slots)
{
    public int FirstSlot => Slots[0];

    public double PaidHours => Shift.Shift.PaidHours;

    public static IReadOnlyList<FagteamShiftSlots> All(Fagteam fagteam)
    {
        var shifts = new List<FagteamShiftSlots>();
        foreach (var day in WeekdayNames.All)
            foreach (var shift in fagteam.Shifts.Where(shift => shift.Weekdays.Contains(day)))
                shifts.Add(new FagteamShiftSlots(shifts.Count, shift, day, SlotGrid.SlotsOf(day, shift.Shift.Window).ToList()));
        return shifts;
    }

    /// <summary>Minutes from the end of this shift to the start of another, forward over the week.</summary>
    public int MinutesUntil(FagteamShiftSlots next)
    {
        var end = Slots[^1] + 1;
        return ((next.FirstSlot - end) % SlotGrid.SlotsPerWeek + SlotGrid.SlotsPerWeek) % SlotGrid.SlotsPerWeek * SlotGrid.SlotMinutes;
    }
}
