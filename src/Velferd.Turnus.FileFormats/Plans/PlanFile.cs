using System.Text.Json;
using System.Text.Json.Serialization;
using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.FileFormats.Validation;

namespace Velferd.Turnus.FileFormats.Plans;

/// <summary>The outcome of reading a plan file: the plan when there were no errors, and every issue found.</summary>
public sealed record PlanFileResult(Plan? Plan, IReadOnlyList<ValidationIssue> Issues)
{
    public bool IsValid => Plan is not null;
}

/// <summary>
/// Writes and reads plan.json: machine-readable, re-checkable by `turnus check`, and simple enough to
/// write by hand or export from another system (one row per person, a shift code or "" per day).
/// </summary>
public static class PlanFile
{
    private static readonly JsonSerializerOptions WriteOptions = new(JsonText.Options)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <param name="solve">How the plan was found (informative), e.g. status, objective, bound, gap.</param>
    /// <param name="kpis">Key figures at the time of writing (informative).</param>
    public static string Write(Plan plan, string generatedBy, object? solve = null, object? kpis = null)
    {
        var rows = plan.Positions.Select(position =>
        {
            var days = Enumerable.Repeat("", plan.Days).ToList();
            foreach (var assignment in plan.Assignments.Where(assignment => assignment.EmployeeId == position.EmployeeId))
                days[assignment.Day] = assignment.ShiftCode;
            return new PlanRowDto(position.EmployeeId, position.Stillingsprosent, position.IsVacancy ? true : null, days);
        }).ToList();
        var dto = new PlanFileDto
        {
            Schema = "https://velferd-turnus.no/schema/plan.schema.json",
            FormatVersion = 1,
            UnitId = plan.UnitId,
            RotationWeeks = plan.RotationWeeks,
            Rows = rows,
            Scenario = plan.Scenario.IsNone ? null : new PlanScenarioDto(plan.Scenario.HelgefrekvensForAll, plan.Scenario.LongShiftsForAll ? true : null),
            GeneratedBy = generatedBy,
            GeneratedAt = DateTimeOffset.UtcNow.ToString("O"),
            Solve = solve is null ? null : JsonSerializer.SerializeToNode(solve, WriteOptions)?.AsObject(),
            Kpis = kpis is null ? null : JsonSerializer.SerializeToNode(kpis, WriteOptions)?.AsObject(),
        };
        return JsonSerializer.Serialize(dto, WriteOptions);
    }

    public static PlanFileResult ReadFile(string path, Unit unit)
    {
        if (!File.Exists(path))
            return new PlanFileResult(null, [new ValidationIssue(path, "$", null, $"file not found (looked in {Path.GetFullPath(path)})")]);
        return Parse(File.ReadAllText(path), path, unit);
    }

    /// <summary>Reads a plan and checks that it belongs to the unit: its people, its shift codes, the right number of days.</summary>
    public static PlanFileResult Parse(string json, string fileName, Unit unit)
    {
        if (JsonText.Parse(json, fileName) is not { } document)
            return new PlanFileResult(null, [JsonText.SyntaxError(json, fileName)]);
        var issues = new IssueList(fileName, document);
        SchemaValidator.Plan.Validate(document, issues);
        if (issues.HasErrors)
            return new PlanFileResult(null, issues.Issues);
        var dto = JsonSerializer.Deserialize<PlanFileDto>(json, JsonText.Options)!;
        PlanFileChecks.Run(dto, unit, issues);
        return new PlanFileResult(issues.HasErrors ? null : ToPlan(dto), issues.Issues);
    }

    private static Plan ToPlan(PlanFileDto dto)
    {
        var rows = dto.Rows ?? [];
        var positions = rows.Select(row => new PlanPosition(row.Employee!, row.Stillingsprosent ?? 0, row.Vacancy ?? false)).ToList();
        var assignments = rows.SelectMany(row => (row.Days ?? []).Select((code, day) => (code, day))
            .Where(item => item.code.Length > 0)
            .Select(item => new ShiftAssignment(row.Employee!, item.day, item.code))).ToList();
        var scenario = dto.Scenario is { } given ? new PlanScenario(given.HelgefrekvensForAll, given.LongShiftsForAll ?? false) : PlanScenario.None;
        return new Plan(dto.UnitId!, dto.RotationWeeks!.Value, positions, assignments) { Scenario = scenario };
    }
}
