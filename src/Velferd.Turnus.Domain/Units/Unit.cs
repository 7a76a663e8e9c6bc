using Velferd.Turnus.Domain.Costs;
using Velferd.Turnus.Domain.Rules;

namespace Velferd.Turnus.Domain.Units;

/// <summary>One care unit, completely described: what it must deliver, who works there, which rules and costs apply.</summary>
public sealed record Unit(
    string Id,
    string Name,
    UnitKind Kind,
    double DirectTimeShare,
    IReadOnlyList<ShiftDefinition> Shifts,
    IReadOnlyList<Resident> Residents,
    IReadOnlyList<BaseStaffingRule> BaseStaffing,
    IReadOnlyList<Employee> Employees,
    IReadOnlyList<Vacancy> Vacancies,
    RuleSet Rules,
    CostProfile Costs)
{
    /// <summary>The unit's TØRN task catalogue; empty means the default catalogue of its kind.</summary>
    public IReadOnlyList<CareTask> Tasks { get; init; } = [];

    /// <summary>Recruiting assumptions of the TØRN split.</summary>
    public TornSettings Torn { get; init; } = TornSettings.Default;

    /// <summary>Turnus length the unit plans with unless told otherwise.</summary>
    public int RotationWeeks { get; init; } = 6;

    public ShiftDefinition? FindShift(string code) => Shifts.FirstOrDefault(shift => shift.Code == code);

    public Employee? FindEmployee(string id) => Employees.FirstOrDefault(employee => employee.Id == id);

    public IEnumerable<Vedtak> AllVedtak => Residents.SelectMany(resident => resident.Vedtak);
}
