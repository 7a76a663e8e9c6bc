using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Solver.Turnus.Rules;

/// <summary>
/// Twins of the checker's ConsecutiveNights and NightWorkerAverage (AML §10-11). NightWorkPreference is
/// enforced by not creating night variables for those who do not work nights (see TurnusVariables).
/// </summary>
internal static class NightRules
{
    private const int AveragePeriodDays = 28;

    public static void Add(TurnusModelContext context)
    {
        var max = context.Rules.MaxConsecutiveNights;
        foreach (var person in context.People)
        {
            var nights = Enumerable.Range(0, context.Days).Select(day => NightLiteral(context, person, day)).ToList();
            if (nights.All(night => night is null))
                continue;
            var guard = context.Guards.For(context.Model, RuleId.ConsecutiveNights, person.Id, null, $"høyst {max} netter på rad for {person.Id}");
            Runs.AddMaxRun(context.Model, nights.Select(night => night ?? context.Model.FalseLiteral()).ToList(), max, guard);
            if (person.Employee.Night == NightWork.Only)
                AddNightWorkerAverage(context, person);
        }
    }

    /// <summary>Regular night workers: at most maxNightWorkerHoursPerDay on average over every four weeks.</summary>
    private static void AddNightWorkerAverage(TurnusModelContext context, PlannedPerson person)
    {
        var limit = (long)(context.Rules.MaxNightWorkerHoursPerDay * 60 * AveragePeriodDays);
        var guard = context.Guards.For(context.Model, RuleId.NightWorkerAverage, person.Id, null, $"nattarbeid i snitt høyst {DayNames.Number(context.Rules.MaxNightWorkerHoursPerDay)} t per døgn for {person.Id}");
        if (context.Days < AveragePeriodDays)
        {
            // A shorter rotation repeats inside four weeks: its own average must keep the limit.
            context.Model.Add(WorkingHours.Minutes(context, person.Index, 0, context.Days) * AveragePeriodDays <= limit * context.Days).When(guard);
            return;
        }
        for (var first = 0; first < context.Days; first++)
        {
            if (WorkingHours.MaxMinutes(context, person.Index, first, AveragePeriodDays) > limit)
                context.Model.Add(WorkingHours.Minutes(context, person.Index, first, AveragePeriodDays) <= limit).When(guard);
        }
    }

    private static ILiteral? NightLiteral(TurnusModelContext context, PlannedPerson person, int day)
    {
        var nights = context.Variables.On(person.Index, day).Where(item => context.Shifts[item.Shift].IsNightCategory).Select(item => item.Variable).ToList();
        if (nights.Count <= 1)
            return nights.FirstOrDefault();
        var literal = context.Model.NewBoolVar($"night_{person.Id}_{day}");
        context.Model.Add(LinearExpr.Sum(nights) == literal);
        return literal;
    }
}
