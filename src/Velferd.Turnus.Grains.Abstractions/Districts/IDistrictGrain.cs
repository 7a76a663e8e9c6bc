namespace Velferd.Turnus.Grains.Abstractions.Districts;

/// <summary>
/// A district whose units share a fagteam (TØRN), keyed by the district id of its district file. Owns the district
/// solve: each unit's task split, then where the fagteam is and when. When a solve is done it delivers each unit's
/// reduced demand to its unit grain (IUnitGrain.ReceiveDemand) and defines the fagteam as a unit grain of its own,
/// so every unit, and the fagteam, is planned with the unit grain's StartPlanning.
/// </summary>
[Alias("Velferd.Turnus.IDistrictGrain")]
public interface IDistrictGrain : IGrainWithStringKey
{
    /// <summary>Validates the district file with its unit files (keyed by the names the district file uses) and stores them; invalid input is rejected with every located issue.</summary>
    [Alias("Define")]
    Task<DefineDistrictResult> Define(string districtJson, IReadOnlyDictionary<string, string> unitFiles);

    /// <summary>Starts the district solve off the grain's turn and returns at once; follow it with <see cref="GetStatus"/>.</summary>
    [Alias("StartSolve")]
    Task<DistrictStatus> StartSolve(DistrictSolveSettings settings);

    [Alias("GetStatus")]
    Task<DistrictStatus> GetStatus();
}
