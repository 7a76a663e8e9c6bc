using Velferd.Turnus.Grains.Abstractions.Units;

namespace Velferd.Turnus.Grains.Units;

/// <summary>A unit as stored: its unit file (the one input format), a few facts read from it, its plans and jobs.</summary>
[GenerateSerializer, Alias("Velferd.Turnus.UnitRecord")]
public sealed class UnitRecord
{
    [Id(0)] public string? DefinitionJson { get; set; }
    [Id(1)] public string? FileName { get; set; }
    [Id(2)] public int DefinitionVersion { get; set; }
    [Id(3)] public DateTimeOffset DefinedAt { get; set; }
    [Id(4)] public UnitFacts? Facts { get; set; }
    [Id(5)] public List<UnitIssue> Warnings { get; set; } = [];
    [Id(6)] public List<StoredPlan> Plans { get; set; } = [];
    [Id(7)] public int LastPlanVersion { get; set; }
    [Id(8)] public List<string> JobIds { get; set; } = [];

    /// <summary>The curve plans use instead of the vedtak curve (TØRN, a district's reduced demand); null for the vedtak curve.</summary>
    [Id(9)] public PlanningDemand? ReceivedDemand { get; set; }
}

/// <summary>What the unit file says, in numbers, so an overview needs no parsing.</summary>
[GenerateSerializer, Immutable, Alias("Velferd.Turnus.UnitFacts")]
public sealed record UnitFacts(string Name, string Kind, int Residents, int Vedtak, int Employees, int Vacancies, double DemandStaffHoursPerWeek);
