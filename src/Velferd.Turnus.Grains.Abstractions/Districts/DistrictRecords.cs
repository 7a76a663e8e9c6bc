using Velferd.Turnus.Grains.Abstractions.Units;

namespace Velferd.Turnus.Grains.Abstractions.Districts;

/// <summary>The answer to defining a district: accepted and stored, or rejected with the located issues of the district file and its unit files.</summary>
[GenerateSerializer, Immutable, Alias("Velferd.Turnus.DefineDistrictResult")]
public sealed record DefineDistrictResult(bool Accepted, IReadOnlyList<UnitIssue> Issues)
{
    public IEnumerable<UnitIssue> Errors => Issues.Where(issue => issue.IsError);
}

/// <summary>How to solve a district: seconds per solve (each unit's split and the district model), seed, CP-SAT threads.</summary>
[GenerateSerializer, Immutable, Alias("Velferd.Turnus.DistrictSolveSettings")]
public sealed record DistrictSolveSettings
{
    [Id(0)] public double TimeLimitSeconds { get; init; } = 30;
    [Id(1)] public int? Seed { get; init; }
    [Id(2)] public int? SearchWorkers { get; init; }
}

[GenerateSerializer, Alias("Velferd.Turnus.DistrictSolveState")]
public enum DistrictSolveState
{
    NotDefined,
    Defined,
    Solving,
    Done,
    Failed,
}

/// <summary>Where a district stands, and the outcome of its last solve.</summary>
[GenerateSerializer, Immutable, Alias("Velferd.Turnus.DistrictStatus")]
public sealed record DistrictStatus(string DistrictId, DistrictSolveState State, string? Reason, DistrictOutcome? Outcome);

/// <summary>
/// What sharing the fagteam does (docs/torn.md): nurse hours (sykepleier and vernepleier) per week with each unit
/// alone and shared, the fagteam's hours, cost per week, and the id of the fagteam's own unit grain.
/// </summary>
[GenerateSerializer, Immutable, Alias("Velferd.Turnus.DistrictOutcome")]
public sealed record DistrictOutcome(
    string SolveStatus,
    double NurseHoursAlone,
    double NurseHoursShared,
    double FagteamHours,
    double FagteamHoursAtUnits,
    double CostAlonePerWeek,
    double CostSharedPerWeek,
    string FagteamUnitId,
    IReadOnlyList<DistrictUnitOutcome> Units,
    IReadOnlyList<string> Breaches,
    DateTimeOffset SolvedAt);

/// <summary>One unit's nurse hours per week: after the vedtak alone, after its own split, with the fagteam.</summary>
[GenerateSerializer, Immutable, Alias("Velferd.Turnus.DistrictUnitOutcome")]
public sealed record DistrictUnitOutcome(string UnitId, string Name, double NurseHoursVedtak, double NurseHoursAlone, double NurseHoursShared, double FagteamHoursThere);
