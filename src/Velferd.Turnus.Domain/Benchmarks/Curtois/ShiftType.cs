namespace Velferd.Turnus.Domain.Benchmarks.Curtois;

/// <summary>A shift type of the instance (SECTION_SHIFTS).</summary>
/// <param name="Id">Shift ID as written in the file, e.g. "D" or "n1".</param>
/// <param name="LengthMinutes">Paid length of one such shift.</param>
/// <param name="CannotFollow">Indexes of shift types that may not be worked the day after this one.</param>
public sealed record ShiftType(string Id, int LengthMinutes, IReadOnlyList<int> CannotFollow);
