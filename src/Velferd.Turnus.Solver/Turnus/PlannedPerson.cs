using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Solver.Turnus;

/// <summary>
/// A row of the turnus: an employee or a vacancy, with the settings the scenario gives them and the
/// position sizes the planner may choose (one size when fixed).
/// </summary>
public sealed record PlannedPerson(int Index, Employee Employee, bool IsVacancy, double MinPercent, double MaxPercent)
{
    public string Id => Employee.Id;

    public bool HasVariableSize => MaxPercent > MinPercent + 1e-9;

    /// <summary>Everybody in the plan with the scenario applied: employees first, then vacancies.</summary>
    public static IReadOnlyList<PlannedPerson> From(Unit unit, PlanOptions options)
    {
        var people = new List<PlannedPerson>();
        unit = Scenario.Apply(unit, options);
        foreach (var employee in unit.Employees)
        {
            var grown = options.Heltid && employee.WantsLargerPosition ? employee.DesiredStillingsprosent!.Value : employee.Stillingsprosent;
            people.Add(new PlannedPerson(people.Count, employee, false, employee.Stillingsprosent, grown));
        }
        foreach (var vacancy in unit.Vacancies)
        {
            var employee = vacancy.AsEmployee(vacancy.MaxStillingsprosent);
            var min = vacancy.MinStillingsprosent;
            if (options.MinimumPositionPercent is { } floor && min > 0)
                min = Math.Max(min, floor);
            people.Add(new PlannedPerson(people.Count, employee, true, min, vacancy.MaxStillingsprosent));
        }
        return people;
    }
}
