namespace Velferd.Turnus.Domain.Time;

/// <summary>Day of the week with Monday first, as Norwegian rosters count it (day index % 7).</summary>
public enum Weekday
{
    Monday = 0,
    Tuesday = 1,
    Wednesday = 2,
    Thursday = 3,
    Friday = 4,
    Saturday = 5,
    Sunday = 6,
}
