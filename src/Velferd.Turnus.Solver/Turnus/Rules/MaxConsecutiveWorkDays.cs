using Velferd.Turnus.Domain.Checking;

namespace Velferd.Turnus.Solver.Turnus.Rules;

/// <summary>Twin of the checker's MaxConsecutiveWorkDays.</summary>
internal static class MaxConsecutiveWorkDays
{
    public static void Add(TurnusModelContext context)
    {
        var max = context.Rules.MaxConsecutiveWorkDays;
        foreach (var person in context.People)
        {
            var guard = context.Guards.For(context.Model, RuleId.MaxConsecutiveWorkDays, person.Id, null, $"høyst {max} arbeidsdager på rad for {person.Id}");
            var days = Enumerable.Range(0, context.Days).Select(day => context.Variables.Works(person.Index, day)).ToList();
            Runs.AddMaxRun(context.Model, days, max, guard);
        }
    }
}
