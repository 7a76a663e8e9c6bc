using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Solver.Turnus;

/// <summary>
/// The unit as a planning scenario changes it: everybody's helgefrekvens, everybody accepting langvakter. The solver
/// plans these people, so its plans are checked against this unit, not the one in the file.
/// </summary>
public static class Scenario
{
    public static Unit Apply(Unit unit, PlanOptions options) =>
        options.HelgefrekvensForAll is null && !options.LongShiftsForAll
            ? unit
            : unit with
            {
                Employees = unit.Employees.Select(employee => employee with
                {
                    Helgefrekvens = options.HelgefrekvensForAll ?? employee.Helgefrekvens,
                    AcceptsLongShifts = employee.AcceptsLongShifts || options.LongShiftsForAll,
                }).ToList(),
                Vacancies = unit.Vacancies.Select(vacancy => vacancy with
                {
                    Helgefrekvens = options.HelgefrekvensForAll ?? vacancy.Helgefrekvens,
                    AcceptsLongShifts = vacancy.AcceptsLongShifts || options.LongShiftsForAll,
                }).ToList(),
            };
}
