namespace Velferd.Turnus.Domain.Time;

/// <summary>
/// A daily time window. An end at or before the start runs over midnight;
/// equal start and end means the whole day.
/// </summary>
public readonly record struct TimeWindow(ClockTime From, ClockTime To)
{
    public static TimeWindow WholeDay => new(ClockTime.Midnight, ClockTime.Midnight);

    public bool CrossesMidnight => To.Minutes <= From.Minutes && To.Minutes % ClockTime.MinutesPerDay != 0;

    public int DurationMinutes
    {
        get
        {
            var end = To.Minutes % ClockTime.MinutesPerDay;
            var start = From.Minutes % ClockTime.MinutesPerDay;
            return end > start ? end - start : end + ClockTime.MinutesPerDay - start;
        }
    }

    public double DurationHours => DurationMinutes / 60.0;

    /// <summary>Minutes after the start of the window's first day, as [start, end) with end possibly past 24:00.</summary>
    public (int Start, int End) MinuteRange
    {
        get
        {
            var start = From.Minutes % ClockTime.MinutesPerDay;
            return (start, start + DurationMinutes);
        }
    }

    public override string ToString() => $"{From}–{To}";
}
