using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Turnus;

/// <summary>
/// A second first plan with every vacancy left unfilled but those the unit is proved to need (NeededVacancies). The
/// first-plan search gives vacancies whatever size makes the plan legal (Solsiden: 95 % and 60 %), and the
/// neighbourhood search walks them down to their smallest size but seldom to nothing, since each step down costs vikar
/// before the pay and small-position penalty are saved. Where the unit has a legal plan without them, this one is found
/// from the first plan in about as long as the first plan took (Solsiden 2.5 s, psykisk helse 0.6 s, home care 0.8 s),
/// and it was the cheaper start on all three. The search may still fill a vacancy later. Where no such plan exists
/// and no proof says so, the search could run to the end, so it is capped.
/// </summary>
internal static class VacancyFreeStart
{
    /// <returns>A legal plan with those vacancies unfilled, or null when the first plan fills none of them or none was found within the cap.</returns>
    public static Plan? Find(
        CpSatRunner runner, Unit unit, StaffingCurve demand, PlanOptions options, SolveOptions solveOptions, Plan firstPlan,
        IReadOnlyList<PlannedPerson> needed, TimeSpan firstPlanTime, CancellationToken cancellation)
    {
        var kept = needed.Select(person => person.Id).ToHashSet();
        var emptied = firstPlan.Positions.Where(position => position.IsVacancy && !kept.Contains(position.EmployeeId)).Select(position => position.EmployeeId).ToHashSet();
        if (!firstPlan.Positions.Any(position => emptied.Contains(position.EmployeeId) && position.Stillingsprosent > 0))
            return null;
        // The vacancies' shifts cannot stay: hinting them would only make CP-SAT repair the hint first.
        var hint = firstPlan with
        {
            Positions = [.. firstPlan.Positions.Select(position => emptied.Contains(position.EmployeeId) ? position with { Stillingsprosent = 0 } : position)],
            Assignments = [.. firstPlan.Assignments.Where(assignment => !emptied.Contains(assignment.EmployeeId))],
        };
        var outcome = FirstPlanSearch.Stage(runner, unit, demand, options, ModelPurpose.FirstPlan, hint,
            solveOptions with { TimeLimit = Cap(solveOptions.TimeLimit, firstPlanTime), RelativeGapLimit = null },
            System.Diagnostics.Stopwatch.StartNew(), cancellation, context => LeaveUnfilled(context, emptied));
        return outcome.Legal ? outcome.Plan : null;
    }

    private static void LeaveUnfilled(TurnusModelContext context, IReadOnlySet<string> vacancies)
    {
        foreach (var person in context.People.Where(person => person.IsVacancy && vacancies.Contains(person.Id)))
            if (context.Sizes.Steps(person.Index) is { } steps)
                context.Model.Add(steps == 0);
    }

    /// <summary>Twice what the first plan took, at least 1 s, at most a tenth of the time limit: the time lost where no such plan exists.</summary>
    private static TimeSpan Cap(TimeSpan limit, TimeSpan firstPlanTime) =>
        TimeSpan.FromTicks(Math.Min(limit.Ticks / 10, Math.Max(TimeSpan.FromSeconds(1).Ticks, firstPlanTime.Ticks * 2)));
}
