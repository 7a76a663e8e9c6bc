using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Solver.Turnus.Rules;

/// <summary>Arithmetic on a shift followed by another some days later, for the rules posted on pairs of shifts.</summary>
internal static class ShiftPairs
{
    /// <summary>Minutes off between shift <paramref name="first"/> and <paramref name="second"/> starting <paramref name="daysLater"/> days later.</summary>
    public static int Rest(ShiftDefinition first, ShiftDefinition second, int daysLater) =>
        daysLater * ClockTime.MinutesPerDay + second.Start.Minutes - (first.Start.Minutes + first.DurationMinutes);

    /// <summary>
    /// Working minutes in the 24 hours from the first shift's start when both are worked, each shift
    /// counted pro rata to its part inside the window (as the checker's MaxHoursPerDay does).
    /// </summary>
    public static double WorkedIn24Hours(ShiftDefinition first, int firstCounted, ShiftDefinition second, int secondCounted, int daysLater)
    {
        var windowEnd = first.Start.Minutes + ClockTime.MinutesPerDay;
        var secondStart = daysLater * ClockTime.MinutesPerDay + second.Start.Minutes;
        var firstInside = Math.Min(first.DurationMinutes, windowEnd - first.Start.Minutes);
        var secondInside = Math.Max(0, Math.Min(secondStart + second.DurationMinutes, windowEnd) - secondStart);
        return (double)firstCounted * firstInside / first.DurationMinutes + (double)secondCounted * secondInside / second.DurationMinutes;
    }
}
