using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Domain.Time;

namespace Velferd.Turnus.Domain.Checking;

/// <summary>Rotation days in Norwegian: day 8 → "tirsdag uke 2".</summary>
public static class DayNames
{
    public static string Describe(int day) =>
        $"{RotationCalendar.WeekdayOf(day).NorwegianName()} uke {RotationCalendar.WeekOf(day) + 1}";

    /// <summary>Hours with a decimal comma, as Norwegian readers expect ("7,5 t").</summary>
    public static string Hours(int minutes) => Number(minutes / 60.0) + " t";

    public static string Number(double value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',');

    public static string Clock(int minuteOfRotation) => new ClockTime(minuteOfRotation % ClockTime.MinutesPerDay).ToString();
}
