using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Solver.Turnus;

/// <summary>
/// The decision variables: one Boolean per person, rotation day and shift they may work (none where the
/// person is unavailable, does not work nights, or has not agreed to langvakter), plus a "works this day"
/// literal per person and day. Days wrap: day −1 is the rotation's last day. When explaining an infeasible
/// unit, the forbidden shifts get variables too, held at zero by their rule's guard, so that those rules can
/// be named in the explanation like any other.
/// </summary>
public sealed class TurnusVariables
{
    private readonly BoolVar?[,,] shifts;
    private readonly ILiteral[,] works;

    public TurnusVariables(CpModel model, IReadOnlyList<PlannedPerson> people, IReadOnlyList<ShiftDefinition> catalogue, RotationCalendar calendar, RuleGuards guards)
    {
        var personalGuards = new Dictionary<(RuleId, string), ILiteral?>();
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
                    var forbiddenBy = Forbidding(person.Employee, day, catalogue[s]);
                    if (forbiddenBy is not null && !guards.Enabled)
                        continue;
                    var variable = model.NewBoolVar($"x_{person.Id}_{day}_{catalogue[s].Code}");
                    if (forbiddenBy is { } rule)
                    {
                        var key = (rule, person.Id);
                        if (!personalGuards.TryGetValue(key, out var guard))
                            personalGuards[key] = guard = guards.For(model, rule, person.Id, null, Describe(rule, person.Employee));
                        model.Add(variable == 0).OnlyEnforceIf(guard!);
                    }
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

    /// <summary>
    /// The rule that keeps a person from a shift on a day, or null when they may work it (the checker's
    /// Unavailability, LongShiftConsent and NightWorkPreference twins).
    /// </summary>
    private static RuleId? Forbidding(Employee employee, int day, ShiftDefinition shift)
    {
        if (employee.Unavailable.Any(rule => rule.Applies(RotationCalendar.WeekOf(day), RotationCalendar.WeekdayOf(day))))
            return RuleId.Unavailability;
        if (shift.Category == ShiftCategory.Long && !employee.AcceptsLongShifts)
            return RuleId.LongShiftConsent;
        var allowed = employee.Night switch
        {
            NightWork.No => !shift.IsNightCategory,
            NightWork.Only => shift.IsNightCategory,
            _ => true,
        };
        return allowed ? null : RuleId.NightWorkPreference;
    }

    private static string Describe(RuleId rule, Employee employee) => rule switch
    {
        RuleId.Unavailability => $"{employee.Id} er utilgjengelig på avtalte dager",
        RuleId.LongShiftConsent => $"{employee.Id} går ikke langvakter",
        _ => employee.Night == NightWork.No ? $"{employee.Id} jobber ikke natt" : $"{employee.Id} jobber bare natt",
    };
}
