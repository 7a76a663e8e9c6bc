using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Domain.Rules;

/// <summary>
/// Definitions the plan checker and the solver share, so both read the law the same way:
/// what a shift counts as working time, and which periods are weekend, Sunday and night.
/// </summary>
public static class WorkingTime
{
    /// <summary>Minutes a shift counts towards working time: paid time, sleeping nights at the agreed factor (AML §10-4(2)).</summary>
    public static int CountedMinutes(ShiftDefinition shift, RuleSet rules) =>
        shift.Category == ShiftCategory.SleepingNight
            ? (int)Math.Round(shift.PaidMinutes * rules.SleepingNightCountFactor)
            : shift.PaidMinutes;

    /// <summary>The contract in minutes over a rotation: stillingsprosent × full-time week × weeks.</summary>
    public static int ContractMinutes(double stillingsprosent, RuleSet rules, int weeks) =>
        (int)Math.Round(stillingsprosent / 100 * rules.FullTimeHoursPerWeek * 60 * weeks);

    public static int ToleranceMinutes(RuleSet rules, int weeks) =>
        (int)Math.Round(rules.ContractToleranceHoursPerWeek * 60 * weeks);

    /// <summary>
    /// Weekend of rotation week <paramref name="week"/>: Saturday 00:00 to Monday 00:00, the period the
    /// weekend supplement is paid for (KS HTA §5.2). A shift overlapping it means the weekend is worked.
    /// </summary>
    public static (int Start, int End) Weekend(int week) =>
        ((week * 7 + 5) * ClockTime.MinutesPerDay, (week * 7 + 7) * ClockTime.MinutesPerDay);

    /// <summary>
    /// The Sunday of rotation week <paramref name="week"/> as AML §10-10(1) defines søndagsarbeid:
    /// from Saturday 18:00 to Sunday 22:00.
    /// </summary>
    public static (int Start, int End) Sunday(int week) =>
        ((week * 7 + 5) * ClockTime.MinutesPerDay + 18 * 60, (week * 7 + 6) * ClockTime.MinutesPerDay + 22 * 60);

    /// <summary>Calendar week <paramref name="week"/> of the rotation: Monday 00:00 to next Monday 00:00.</summary>
    public static (int Start, int End) Week(int week) =>
        (week * 7 * ClockTime.MinutesPerDay, (week + 1) * 7 * ClockTime.MinutesPerDay);

    /// <summary>A night shift for the night rules is one of the night categories (awake or sleeping).</summary>
    public static bool IsNightShift(ShiftDefinition shift) => shift.IsNightCategory;

    /// <summary>Minutes of [start, end) inside [windowStart, windowEnd) on a cyclic horizon.</summary>
    public static int Overlap(int start, int end, int windowStart, int windowEnd, int horizon)
    {
        var total = 0;
        for (var shift = -horizon; shift <= horizon; shift += horizon)
            total += Math.Max(0, Math.Min(end + shift, windowEnd) - Math.Max(start + shift, windowStart));
        return total;
    }

    /// <summary>Minutes of the 17–06 period (evening/night supplement, KS HTA §5.4) inside a shift starting on a day.</summary>
    public static int EveningNightMinutes(ShiftDefinition shift, double eveningStartHour, double nightEndHour)
    {
        var (start, end) = shift.Window.MinuteRange;
        var evening = (int)(eveningStartHour * 60);
        var morning = (int)(nightEndHour * 60);
        const int day = ClockTime.MinutesPerDay;
        return Clip(start, end, 0, morning) + Clip(start, end, evening, day + morning) + Clip(start, end, day + evening, 2 * day);
    }

    private static int Clip(int start, int end, int from, int to) => Math.Max(0, Math.Min(end, to) - Math.Max(start, from));
}
