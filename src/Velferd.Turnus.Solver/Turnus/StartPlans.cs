using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Solver.Turnus;

/// <summary>
/// Whether a plan can start a solve (<see cref="PlanOptions.StartPlan"/>): the same rotation length, scenario and
/// people, each position at a size this solve may choose. A vacancy the plan leaves out counts as unfilled, so a
/// roster made by hand needs rows only for the people who work.
/// </summary>
public static class StartPlans
{
    /// <returns>The plan as the solve can use it (left-out vacancies added, unfilled), or why it does not fit.</returns>
    public static (Plan? Plan, string? Mismatch) Prepare(Plan plan, Unit unit, PlanOptions options)
    {
        var weeks = options.Weeks ?? unit.RotationWeeks;
        if (plan.RotationWeeks != weeks)
            return (null, $"the plan has {plan.RotationWeeks} weeks, the rotation {weeks}");
        if (plan.Scenario != Scenario.Of(options))
            return (null, "the plan was made for another scenario (helgefrekvens or langvakter for all)");
        var people = PlannedPerson.From(unit, options);
        var ids = people.Select(person => person.Id).ToHashSet(StringComparer.Ordinal);
        var extra = plan.Positions.Select(position => position.EmployeeId).Where(id => !ids.Contains(id)).ToList();
        if (extra.Count > 0)
            return (null, $"the unit has no {string.Join(", ", extra)}");
        var sizes = plan.Positions.ToDictionary(position => position.EmployeeId, position => position.Stillingsprosent, StringComparer.Ordinal);
        var missing = people.Where(person => !sizes.ContainsKey(person.Id) && !(person.IsVacancy && person.HasVariableSize)).Select(person => person.Id).ToList();
        if (missing.Count > 0)
            return (null, $"the plan has no row for {string.Join(", ", missing)}");
        foreach (var person in people)
        {
            if (sizes.TryGetValue(person.Id, out var size) && !PositionSizes.Allows(person, size, options.PositionStepPercent))
                return (null, $"{person.Id} has {size:0.##} %, this plan allows {Describe(person, options.PositionStepPercent)}");
        }
        var unfilled = people.Where(person => !sizes.ContainsKey(person.Id)).Select(person => new PlanPosition(person.Id, 0, true));
        return (plan with { Positions = [.. plan.Positions, .. unfilled] }, null);
    }

    private static string Describe(PlannedPerson person, double step) => person.HasVariableSize
        ? $"{(person.IsVacancy && person.MinPercent > 0 ? "0 or " : "")}{person.MinPercent:0.##}–{person.MaxPercent:0.##} % in steps of {step:0.##} %"
        : $"{person.MinPercent:0.##} %";
}
