namespace Velferd.Turnus.Domain.Benchmarks.Curtois;

/// <summary>The benchmark's weekend calendar: weekend w is Saturday 7w+5 and Sunday 7w+6.</summary>
public static class Weekends
{
    public const int DaysPerWeek = 7;
    public const int SaturdayOffset = 5;

    /// <summary>Weekends with at least their Saturday inside a horizon of <paramref name="horizonDays"/> days.</summary>
    public static int Count(int horizonDays) =>
        horizonDays <= SaturdayOffset ? 0 : (horizonDays - SaturdayOffset + DaysPerWeek - 1) / DaysPerWeek;

    /// <summary>The days of weekend <paramref name="weekend"/> that lie inside the horizon.</summary>
    public static IEnumerable<int> Days(int weekend, int horizonDays)
    {
        var saturday = weekend * DaysPerWeek + SaturdayOffset;
        if (saturday < horizonDays) yield return saturday;
        if (saturday + 1 < horizonDays) yield return saturday + 1;
    }
}
