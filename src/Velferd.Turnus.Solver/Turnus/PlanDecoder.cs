using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Turnus;

/// <summary>Reads a plan out of a solution of the turnus model.</summary>
internal static class PlanDecoder
{
    public static Plan Decode(TurnusModelContext context, IReadOnlyList<long> values)
    {
        var assignments = new List<ShiftAssignment>();
        var positions = new List<PlanPosition>();
        foreach (var person in context.People)
        {
            var size = context.Sizes.Value(person.Index, variable => values.Value(variable));
            positions.Add(new PlanPosition(person.Id, size, person.IsVacancy));
            foreach (var (day, s, variable) in context.Variables.Of(person.Index))
            {
                if (values.BooleanValue(variable))
                    assignments.Add(new ShiftAssignment(person.Id, day, context.Shifts[s].Code));
            }
        }
        return new Plan(context.Unit.Id, context.Weeks, positions, assignments) { Scenario = Scenario.Of(context.Options) };
    }
}
