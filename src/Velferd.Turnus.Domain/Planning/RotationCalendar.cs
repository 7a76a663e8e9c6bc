using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Domain.Planning;

/// <summary>Day and time arithmetic on a cyclic rotation: day 7W follows day 7W−1 as day 0.</summary>
public sealed record RotationCalendar(int Weeks)
{
    public int Days => Weeks * 7;

    public int HorizonMinutes => Days * ClockTime.MinutesPerDay;

    public static Weekday WeekdayOf(int day) => (Weekday)(day % 7);

    public static int WeekOf(int day) => day / 7;

    public int Wrap(int day) => ((day % Days) + Days) % Days;

    /// <summary>Start minute of a shift on a day, counted from Monday 00:00 of week 1.</summary>
    public static int StartMinute(int day, ShiftDefinition shift) => day * ClockTime.MinutesPerDay + shift.Start.Minutes;

    public static int EndMinute(int day, ShiftDefinition shift) => StartMinute(day, shift) + shift.DurationMinutes;

    /// <summary>Days of the rotation falling on a weekday, in order.</summary>
    public IEnumerable<int> DaysOf(Weekday weekday) =>
        Enumerable.Range(0, Weeks).Select(week => week * 7 + (int)weekday);
}
