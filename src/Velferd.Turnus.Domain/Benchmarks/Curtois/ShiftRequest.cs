namespace Velferd.Turnus.Domain.Benchmarks.Curtois;

/// <summary>
/// A soft wish from one employee about one shift on one day (SECTION_SHIFT_ON_REQUESTS or
/// SECTION_SHIFT_OFF_REQUESTS); <see cref="Weight"/> is paid when the wish is not met.
/// </summary>
public sealed record ShiftRequest(int Employee, int Day, int Shift, int Weight);
