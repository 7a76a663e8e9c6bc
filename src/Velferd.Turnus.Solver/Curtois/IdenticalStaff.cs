using Velferd.Turnus.Domain.Benchmarks.Curtois;

namespace Velferd.Turnus.Solver.Curtois;

/// <summary>Groups employees that no rule or penalty can tell apart (same contract, days off and wishes).</summary>
internal static class IdenticalStaff
{
    public static IReadOnlyList<IReadOnlyList<int>> Groups(CurtoisInstance instance) =>
        Enumerable.Range(0, instance.Staff.Count)
            .GroupBy(e => Signature(instance, e), StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<int>)g.ToList())
            .ToList();

    private static string Signature(CurtoisInstance instance, int e)
    {
        var s = instance.Staff[e];
        var on = instance.ShiftOnRequests.Where(r => r.Employee == e).Select(r => $"{r.Day}:{r.Shift}:{r.Weight}").Order();
        var off = instance.ShiftOffRequests.Where(r => r.Employee == e).Select(r => $"{r.Day}:{r.Shift}:{r.Weight}").Order();
        return string.Join(';',
            string.Join(',', s.MaxShifts), s.MaxTotalMinutes, s.MinTotalMinutes, s.MaxConsecutiveShifts, s.MinConsecutiveShifts,
            s.MinConsecutiveDaysOff, s.MaxWeekends, string.Join(',', s.DaysOff), string.Join(',', on), string.Join(',', off));
    }
}
