using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Domain.Planning;

/// <summary>
/// What a heltid scenario changed for everybody when the plan was made (every Nth weekend, langvakter for all).
/// The plan carries it, so the checker judges the plan against the unit as the scenario made it.
/// </summary>
public sealed record PlanScenario(int? HelgefrekvensForAll, bool LongShiftsForAll)
{
    public static PlanScenario None { get; } = new(null, false);

    public bool IsNone => HelgefrekvensForAll is null && !LongShiftsForAll;

    public Unit ApplyTo(Unit unit) => IsNone
        ? unit
        : unit with
        {
            Employees = unit.Employees.Select(employee => employee with
            {
                Helgefrekvens = HelgefrekvensForAll ?? employee.Helgefrekvens,
                AcceptsLongShifts = employee.AcceptsLongShifts || LongShiftsForAll,
            }).ToList(),
            Vacancies = unit.Vacancies.Select(vacancy => vacancy with
            {
                Helgefrekvens = HelgefrekvensForAll ?? vacancy.Helgefrekvens,
                AcceptsLongShifts = vacancy.AcceptsLongShifts || LongShiftsForAll,
            }).ToList(),
        };
}
