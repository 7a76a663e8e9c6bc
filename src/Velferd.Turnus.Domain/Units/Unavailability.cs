using Velferd.Turnus.Domain.Time;

namespace Velferd.Turnus.Domain.Units;

/// <summary>A weekday the employee cannot work: every week, or only in one rotation week (1-based).</summary>
public sealed record Unavailability(Weekday Weekday, int? Week, string? Reason)
{
    public bool Applies(int rotationWeekIndex, Weekday day) =>
        day == Weekday && (Week is null || Week.Value == rotationWeekIndex + 1);
}
