namespace Velferd.Turnus.Domain.Benchmarks.Curtois;

/// <summary>One employee's contract limits (SECTION_STAFF) and fixed days off (SECTION_DAYS_OFF).</summary>
/// <param name="Id">Employee ID as written in the file.</param>
/// <param name="MaxShifts">Maximum number of shifts of each type, indexed like <see cref="CurtoisInstance.Shifts"/>.</param>
/// <param name="DaysOff">Days (0-based) on which the employee must not work, ascending.</param>
public sealed record StaffMember(
    string Id,
    IReadOnlyList<int> MaxShifts,
    int MaxTotalMinutes,
    int MinTotalMinutes,
    int MaxConsecutiveShifts,
    int MinConsecutiveShifts,
    int MinConsecutiveDaysOff,
    int MaxWeekends,
    IReadOnlyList<int> DaysOff)
{
    /// <summary>True when the employee may work shift type <paramref name="shift"/> at all.</summary>
    public bool MayWork(int shift) => MaxShifts[shift] > 0;
}
