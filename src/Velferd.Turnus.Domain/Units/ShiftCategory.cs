namespace Velferd.Turnus.Domain.Units;

/// <summary>What kind of shift a catalogue entry is; drives fairness, night rules and langvakt options.</summary>
public enum ShiftCategory
{
    Day,
    Evening,
    Night,

    /// <summary>Langvakt: long day shift up to 12.5 h, used to cut the number of weekends each person works.</summary>
    Long,

    /// <summary>Hvilende nattevakt: asleep on site, available if needed; counts at a reduced rate towards working time.</summary>
    SleepingNight,
}
