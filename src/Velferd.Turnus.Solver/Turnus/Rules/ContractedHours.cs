using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Rules;

namespace Velferd.Turnus.Solver.Turnus.Rules;

/// <summary>
/// Twin of the checker's ContractedHours: each person's rotation gives the hours of their position
/// (fixed, or the size the planner chooses) within the tolerance; inside it, every hour off the contract is penalised.
/// Relaxed (when searching for a first plan) every minute beyond the tolerance is a violation to drive to zero.
/// </summary>
internal static class ContractedHours
{
    public static void Add(TurnusModelContext context)
    {
        var tolerance = WorkingTime.ToleranceMinutes(context.Rules, context.Weeks);
        var sizes = context.Sizes;
        foreach (var person in context.People)
        {
            var worked = WorkingHours.Minutes(context, person.Index, 0, context.Days);
            var contract = sizes.ContractMinutes(context.Model, person.Index);
            var guard = context.Guards.For(context.Model, RuleId.ContractedHours, person.Id, null,
                $"stillingsstørrelse for {person.Id} ({Describe(person)})");
            var deviation = context.Model.NewIntVar(0, context.Relaxed ? context.Days * 24 * 60 : tolerance, $"contractdev_{person.Id}");
            context.Model.Add(worked - contract <= deviation).When(guard);
            context.Model.Add(contract - worked <= deviation).When(guard);
            if (context.Relaxed)
            {
                var beyond = context.Model.NewIntVar(0, context.Days * 24 * 60, $"contractviolation_{person.Id}");
                context.Model.Add(deviation - tolerance <= beyond);
                context.Objective.Add(TurnusModelContext.ViolationRule, beyond, 1);
            }
            if (person.IsVacancy && sizes.Filled(person.Index) is { } filled)
                context.Model.Add(worked == 0).OnlyEnforceIf(filled.Not());
            if (!context.Relaxed)
                context.Objective.Add("kontraktsavvik", deviation, TurnusModelContext.Ore(context.Weights.ContractDeviationPerHour / 60));
        }
    }

    private static string Describe(PlannedPerson person) =>
        person.HasVariableSize ? $"{DayNames.Number(person.MinPercent)}–{DayNames.Number(person.MaxPercent)} %" : $"{DayNames.Number(person.MinPercent)} %";
}
