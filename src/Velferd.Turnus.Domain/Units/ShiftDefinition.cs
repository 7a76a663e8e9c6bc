using Velferd.Turnus.Domain.Time;

namespace Velferd.Turnus.Domain.Units;

/// <summary>One shift of the unit's catalogue ("D 07:30–15:30, 30 min unpaid break, day").</summary>
public sealed record ShiftDefinition(
    string Code,
    string Name,
    ClockTime Start,
    ClockTime End,
    int UnpaidBreakMinutes,
    ShiftCategory Category)
{
    public TimeWindow Window => new(Start, End);

    /// <summary>Time on site, break included.</summary>
    public int DurationMinutes => Window.DurationMinutes;

    /// <summary>Paid working time: time on site less the unpaid break.</summary>
    public int PaidMinutes => DurationMinutes - UnpaidBreakMinutes;

    public double PaidHours => PaidMinutes / 60.0;

    public bool CrossesMidnight => Window.CrossesMidnight;

    public bool IsNightCategory => Category is ShiftCategory.Night or ShiftCategory.SleepingNight;
}
