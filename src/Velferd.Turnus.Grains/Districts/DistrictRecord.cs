using Velferd.Turnus.Grains.Abstractions.Districts;

namespace Velferd.Turnus.Grains.Districts;

/// <summary>A district as stored: its district file and unit files (the one input format), and its last solve.</summary>
[GenerateSerializer, Alias("Velferd.Turnus.DistrictRecord")]
public sealed class DistrictRecord
{
    [Id(0)] public string? DistrictJson { get; set; }
    [Id(1)] public Dictionary<string, string> UnitFiles { get; set; } = [];
    [Id(2)] public DistrictSolveState State { get; set; }
    [Id(3)] public string? Reason { get; set; }
    [Id(4)] public DistrictOutcome? Outcome { get; set; }
}
