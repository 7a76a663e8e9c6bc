using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Solver.Turnus;

/// <summary>
/// The decision variables: one Boolean per person, rotation day and shift they may work (none where the
/// person is unavailable, does not work nights, or has not agreed to langvakter), plus a "works this day"
/// literal per person and day. Days wrap: day −1 is the rotation's last day.
/// </summary>
public sealed class TurnusVariables
{
    private readonly BoolVar?[,,] shifts;
    private readonly ILiteral[,] works;

    public TurnusVariables(CpModel model, IReadOnlyList<PlannedPerson> people, IReadOnlyList<ShiftDefinition> catalogue, RotationCalendar calendar)
    {
        People = people;
        Shifts = catalogue;
        Calendar = calendar;
        shifts = new BoolVar?[people.Count, calendar.Days, catalogue.Count];
        works = new ILiteral[people.Count, calendar.Days];
        foreach (var person in people)
        {
            for (var day = 0; day < calendar.Days; day++)
            {
                var today = new List<BoolVar>();
                for (var s = 0; s < catalogue.Count; s++)
                {
                    if (!MayWork(person.Employee, day, catalogue[s]))
                        continue;
                    var variable = model.NewBoolVar($"x_{person.Id}_{day}_{catalogue[s].Code}");
                    shifts[person.Index, day, s] = variable;
                    today.Add(variable);
                }
                works[person.Index, day] = DayLiteral(model, today, $"w_{person.Id}_{day}");
            }
        }
    }

    public IReadOnlyList<PlannedPerson> People { get; }
    public IReadOnlyList<ShiftDefinition> Shifts { get; }
    public RotationCalendar Calendar { get; }
    public int Days => Calendar.Days;

    /// <summary>The variable for a person working a shift (by catalogue index) on a day, or null when not allowed.</summary>
    public BoolVar? Shift(int person, int day, int shift) => shifts[person, Calendar.Wrap(day), shift];

    /// <summary>True when the person works any shift on the day.</summary>
    public ILiteral Works(int person, int day) => works[person, Calendar.Wrap(day)];

    /// <summary>All (day offset, shift index, variable) a person has on a day.</summary>
    public IEnumerable<(int Shift, BoolVar Variable)> On(int person, int day)
    {
        for (var s = 0; s < Shifts.Count; s++)
            if (Shift(person, day, s) is { } variable)
                yield return (s, variable);
    }

    /// <summary>Every variable of a person, with its day and shift.</summary>
    public IEnumerable<(int Day, int Shift, BoolVar Variable)> Of(int person)
    {
        for (var day = 0; day < Days; day++)
            foreach (var (s, variable) in On(person, day))
                yield return (day, s, variable);
    }

    private static ILiteral DayLiteral(CpModel model, List<BoolVar> today, string name)
    {
        if (today.Count == 1)
            return today[0];
        var literal = model.NewBoolVar(name);
        model.Add(LinearExpr.Sum(today) == literal);
        return literal;
    }

    /// <summary>Which shifts a person may be given at all (the checker's NightWorkPreference, LongShiftConsent and Unavailability twins).</summary>
    private bool MayWork(Employee employee, int day, ShiftDefinition shift)
    {
        if (employee.Unavailable.Any(rule => rule.Applies(RotationCalendar.WeekOf(day), RotationCalendar.WeekdayOf(day))))
            return false;
        if (shift.Category == ShiftCategory.Long && !employee.AcceptsLongShifts)
            return false;
        return employee.Night switch
        {
            NightWork.No => !shift.IsNightCategory,
            NightWork.Only => shift.IsNightCategory,
            _ => true,
        };
    }
}
