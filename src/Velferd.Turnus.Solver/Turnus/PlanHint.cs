using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Turnus;

/// <summary>Starts a solve from a known plan: its shifts and position sizes become the solver's hint.</summary>
internal static class PlanHint
{
    public static void Apply(TurnusModelContext context, Domain.Planning.Plan plan)
    {
        var worked = plan.Assignments.Select(assignment => (assignment.EmployeeId, assignment.Day, assignment.ShiftCode)).ToHashSet();
        var sizes = plan.Positions.ToDictionary(position => position.EmployeeId, position => position.Stillingsprosent);
        var hint = new List<(Google.OrTools.Sat.ILiteral, bool)>();
        foreach (var person in context.People)
        {
            foreach (var (day, s, variable) in context.Variables.Of(person.Index))
                hint.Add((variable, worked.Contains((person.Id, day, context.Shifts[s].Code))));
        }
        SolutionHints.Set(context.Model, hint);
        foreach (var person in context.People)
        {
            if (context.Sizes.Steps(person.Index) is { } steps && sizes.TryGetValue(person.Id, out var percent))
                context.Model.AddHint(steps, (long)Math.Round(percent / context.Sizes.StepPercent));
        }
    }
}
