using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Domain.Planning;

/// <summary>
/// A plan resolved against its unit: the staff (employees and chosen vacancies) and, per person and day,
/// the shift worked or null. Built once; checker, KPIs and reports read it.
/// </summary>
public sealed class Roster
{
    private readonly ShiftDefinition?[,] grid;

    private Roster(Unit unit, Plan plan, IReadOnlyList<Employee> staff, ShiftDefinition?[,] grid, IReadOnlyList<string> problems)
    {
        Unit = unit;
        Plan = plan;
        Staff = staff;
        this.grid = grid;
        Calendar = new RotationCalendar(plan.RotationWeeks);
        Problems = problems;
    }

    public Unit Unit { get; }
    public Plan Plan { get; }
    public RotationCalendar Calendar { get; }

    /// <summary>Everybody in the plan: employees, then vacancies at their chosen size (0 % vacancies left out).</summary>
    public IReadOnlyList<Employee> Staff { get; }

    /// <summary>Assignments that could not be placed: unknown employee or shift, a second shift on the same day, a day outside the rotation.</summary>
    public IReadOnlyList<string> Problems { get; }

    public int Days => Calendar.Days;

    public ShiftDefinition? ShiftOn(int staffIndex, int day) => grid[staffIndex, Calendar.Wrap(day)];

    public bool Works(int staffIndex, int day) => ShiftOn(staffIndex, day) is not null;

    public int IndexOf(string employeeId)
    {
        for (var i = 0; i < Staff.Count; i++)
            if (Staff[i].Id == employeeId)
                return i;
        return -1;
    }

    public static Roster Build(Unit unit, Plan plan)
    {
        var problems = new List<string>();
        var staff = StaffOf(unit, plan, problems);
        var days = plan.RotationWeeks * 7;
        var grid = new ShiftDefinition?[staff.Count, days];
        var index = staff.Select((employee, i) => (employee.Id, i)).ToDictionary(pair => pair.Id, pair => pair.i);
        foreach (var assignment in plan.Assignments)
        {
            if (!index.TryGetValue(assignment.EmployeeId, out var person))
                problems.Add($"ukjent ansatt '{assignment.EmployeeId}'");
            else if (unit.FindShift(assignment.ShiftCode) is not { } shift)
                problems.Add($"ukjent vaktkode '{assignment.ShiftCode}' for {assignment.EmployeeId}");
            else if (assignment.Day < 0 || assignment.Day >= days)
                problems.Add($"dag {assignment.Day} er utenfor turnusen (0–{days - 1}) for {assignment.EmployeeId}");
            else if (grid[person, assignment.Day] is not null)
                problems.Add($"{assignment.EmployeeId} har to vakter dag {assignment.Day + 1}");
            else
                grid[person, assignment.Day] = shift;
        }
        return new Roster(unit, plan, staff, grid, problems);
    }

    /// <summary>
    /// Employees at the size the plan gives them (heltid mode may grow a position up to the wished size;
    /// a plan without a size keeps the contract), then vacancies the plan fills.
    /// </summary>
    private static List<Employee> StaffOf(Unit unit, Plan plan, List<string> problems)
    {
        var sizes = plan.Positions.GroupBy(position => position.EmployeeId).ToDictionary(group => group.Key, group => group.First().Stillingsprosent);
        var staff = new List<Employee>();
        foreach (var employee in unit.Employees)
        {
            if (!sizes.TryGetValue(employee.Id, out var size) || Math.Abs(size - employee.Stillingsprosent) < 1e-9)
            {
                staff.Add(employee);
                continue;
            }
            var largest = Math.Max(employee.Stillingsprosent, employee.DesiredStillingsprosent ?? employee.Stillingsprosent);
            if (size < employee.Stillingsprosent - 1e-9 || size > largest + 1e-9)
            {
                problems.Add($"{employee.Id} har {DayNames.Number(size)} % i planen, men stillingen er {DayNames.Number(employee.Stillingsprosent)} % (kan bare økes til ønsket {DayNames.Number(largest)} %)");
                staff.Add(employee);
            }
            else
            {
                staff.Add(employee with { Stillingsprosent = size });
            }
        }
        foreach (var vacancy in unit.Vacancies)
        {
            if (sizes.TryGetValue(vacancy.Id, out var size) && size > 0)
                staff.Add(vacancy.AsEmployee(size));
        }
        return staff;
    }
}
