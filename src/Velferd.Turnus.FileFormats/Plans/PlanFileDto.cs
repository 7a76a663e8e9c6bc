using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Velferd.Turnus.FileFormats.Plans;

// The plan file as written (schema/plan.schema.json): one row per person, one shift code per day.

public sealed record PlanFileDto
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }
    public int? FormatVersion { get; init; }
    public string? UnitId { get; init; }
    public int? RotationWeeks { get; init; }
    public List<PlanRowDto>? Rows { get; init; }
    public PlanScenarioDto? Scenario { get; init; }
    public string? GeneratedBy { get; init; }
    public string? GeneratedAt { get; init; }
    public JsonObject? Solve { get; init; }
    public JsonObject? Kpis { get; init; }
}

public sealed record PlanScenarioDto(int? HelgefrekvensForAll, bool? LongShiftsForAll);

public sealed record PlanRowDto(string? Employee, double? Stillingsprosent, bool? Vacancy, List<string>? Days);
