namespace Velferd.Turnus.Domain.Time;

/// <summary>The demand grid: a week of 15-minute slots, Monday 00:00 first.</summary>
public static class SlotGrid
{
    public const int SlotMinutes = 15;
    public const int SlotsPerDay = ClockTime.MinutesPerDay / SlotMinutes;
    public const int DaysPerWeek = 7;
    public const int SlotsPerWeek = SlotsPerDay * DaysPerWeek;
    public const double SlotHours = SlotMinutes / 60.0;

    public static bool IsOnGrid(ClockTime time) => time.Minutes % SlotMinutes == 0;

    public static int WeekSlot(Weekday day, int slotOfDay) => (int)day * SlotsPerDay + slotOfDay;

    public static Weekday DayOf(int weekSlot) => (Weekday)(weekSlot / SlotsPerDay % DaysPerWeek);

    public static int SlotOfDay(int weekSlot) => weekSlot % SlotsPerDay;

    public static ClockTime StartOf(int weekSlot) => new(SlotOfDay(weekSlot) * SlotMinutes);

    /// <summary>Week slots covered by a window that starts on the given day (wrapping from Sunday into Monday).</summary>
    public static IEnumerable<int> SlotsOf(Weekday day, TimeWindow window)
    {
        var (start, end) = window.MinuteRange;
        var first = (int)day * SlotsPerDay + start / SlotMinutes;
        var count = (end - start + SlotMinutes - 1) / SlotMinutes;
        for (var i = 0; i < count; i++)
            yield return (first + i) % SlotsPerWeek;
    }
}
