using System.Globalization;

namespace Velferd.Turnus.Domain.Time;

/// <summary>A time of day in whole minutes after midnight; "24:00" is allowed as an end time.</summary>
public readonly record struct ClockTime(int Minutes) : IComparable<ClockTime>
{
    public const int MinutesPerDay = 24 * 60;

    public static ClockTime Midnight => new(0);

    public static ClockTime FromHours(double hours) => new((int)Math.Round(hours * 60));

    public double Hours => Minutes / 60.0;

    public static ClockTime Parse(string text) =>
        TryParse(text, out var time) ? time : throw new FormatException($"'{text}' is not a time of day (HH:mm).");

    public static bool TryParse(string? text, out ClockTime time)
    {
        time = default;
        if (text is not { Length: 5 } || text[2] != ':')
            return false;
        if (!int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hours) ||
            !int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes))
            return false;
        if (minutes > 59 || hours > 24 || (hours == 24 && minutes != 0))
            return false;
        time = new ClockTime(hours * 60 + minutes);
        return true;
    }

    public int CompareTo(ClockTime other) => Minutes.CompareTo(other.Minutes);

    public override string ToString() => $"{Minutes / 60:00}:{Minutes % 60:00}";
}
