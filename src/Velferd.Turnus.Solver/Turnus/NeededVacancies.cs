using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Turnus;

/// <summary>
/// Vacancies that every legal plan fills, proved by the aggregate relaxation having no solution without them (the
/// nursing home's sykepleier vacancy, in 0.1–0.25 s). Filling them is then a valid constraint, and it matters for the bound:
/// in the LP a vacancy may be a fraction filled, which makes its small-position penalty vanish (a 20 % post costs 32 k NOK
/// of penalty in every plan and nothing in the LP). With the vacancy filled, the nursing home's whole-model bound rose
/// from 678 k to 710 k in a lab run.
/// </summary>
internal static class NeededVacancies
{
    /// <summary>On the samples a proof, or a solution, takes 0.1–0.25 s.</summary>
    private static readonly TimeSpan PerVacancy = TimeSpan.FromSeconds(2);

    /// <param name="budget">Time for all the checks; vacancies left when it is spent are not proved needed (many vacancies, a hard relaxation).</param>
    /// <returns>The vacancies the unit cannot do without.</returns>
    /// <param name="people">The people planned (PlannedPerson.From): the vacancies whose size the planner chooses are checked.</param>
    public static IReadOnlyList<PlannedPerson> Prove(
        IReadOnlyList<PlannedPerson> people, Unit unit, StaffingCurve demand, PlanOptions options, CpSatRunner runner, TimeSpan budget, CancellationToken cancellation)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var needed = new List<PlannedPerson>();
        foreach (var person in people.Where(person => person.IsVacancy && person.HasVariableSize))
        {
            var left = budget - clock.Elapsed;
            if (cancellation.IsCancellationRequested || left <= TimeSpan.Zero)
                break;
            var without = unit with { Vacancies = [.. unit.Vacancies.Where(vacancy => vacancy.Id != person.Id)] };
            if (AggregateBound.Admits(without, demand, options, runner, left < PerVacancy ? left : PerVacancy, cancellation) == SolveStatus.Infeasible)
                needed.Add(person);
        }
        if (needed.Count > 0)
            options.SearchLog?.Invoke($"Vacancies every legal plan fills (the aggregate relaxation has no solution without them): {string.Join(", ", needed.Select(person => person.Id))}.");
        return needed;
    }

    /// <summary>Posts the proved vacancies as filled: valid in every legal plan, and the LP then charges their small-position penalty.</summary>
    public static void Fill(TurnusModelContext context, IReadOnlyList<PlannedPerson> needed)
    {
        foreach (var person in needed)
            context.Sizes.RequireFilled(context.Model, person.Index);
    }
}
