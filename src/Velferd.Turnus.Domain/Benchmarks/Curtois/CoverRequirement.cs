namespace Velferd.Turnus.Domain.Benchmarks.Curtois;

/// <summary>
/// Wanted number of staff on one shift on one day (SECTION_COVER): each missing person costs
/// <see cref="UnderWeight"/>, each extra person <see cref="OverWeight"/>.
/// </summary>
public sealed record CoverRequirement(int Day, int Shift, int Requirement, int UnderWeight, int OverWeight);
