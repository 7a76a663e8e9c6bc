namespace Velferd.Turnus.Domain.Benchmarks.Curtois;

/// <summary>
/// One instance of the Curtois &amp; Qu employee shift scheduling benchmark, with every reference
/// (employee, shift, day) resolved to an index. Day 0 is a Monday.
/// </summary>
public sealed record CurtoisInstance(
    string Name,
    int HorizonDays,
    IReadOnlyList<ShiftType> Shifts,
    IReadOnlyList<StaffMember> Staff,
    IReadOnlyList<ShiftRequest> ShiftOnRequests,
    IReadOnlyList<ShiftRequest> ShiftOffRequests,
    IReadOnlyList<CoverRequirement> Cover)
{
    /// <summary>Number of weekends that start inside the horizon (a Saturday alone at the end counts).</summary>
    public int WeekendCount => Weekends.Count(HorizonDays);

    public int ShiftIndex(string id)
    {
        for (var s = 0; s < Shifts.Count; s++)
        {
            if (Shifts[s].Id == id) return s;
        }
        throw new KeyNotFoundException($"Unknown shift type '{id}' in instance {Name}.");
    }

    public int StaffIndex(string id)
    {
        for (var e = 0; e < Staff.Count; e++)
        {
            if (Staff[e].Id == id) return e;
        }
        throw new KeyNotFoundException($"Unknown employee '{id}' in instance {Name}.");
    }
}
