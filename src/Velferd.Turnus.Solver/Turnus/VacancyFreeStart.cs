using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Turnus;

/// <summary>
/// A second first plan with every vacancy left unfilled. The first-plan search gives vacancies whatever size makes
/// the plan legal (Solsiden: 95 % and 60 %), and the neighbourhood search walks them down to their smallest size but
/// seldom to nothing, since each step down costs vikar before the pay and small-position penalty are saved. Where the
/// unit has a legal plan without them, this one is found from the first plan in about as long as the first plan took
/// (Solsiden 2.5 s, psykisk helse 0.6 s, home care 0.8 s), and it is the cheaper start on all three. The search may
/// still fill a vacancy later. A unit that needs a vacancy (the nursing home's sykepleier) has no such plan, and
/// proving that is out of reach, so the attempt is capped.
/// </summary>
internal static class VacancyFreeStart
{
    /// <returns>A legal plan with every vacancy unfilled, or null when the first plan fills none or none was found within the cap.</returns>
    public static Plan? Find(
        CpSatRunner runner, Unit unit, StaffingCurve demand, PlanOptions options, SolveOptions solveOptions, Plan firstPlan, TimeSpan firstPlanTime,
        CancellationToken cancellation)
    {
        var filled = firstPlan.Positions.Where(position => position.IsVacancy && position.Stillingsprosent > 0).Select(position => position.EmployeeId).ToHashSet();
        if (filled.Count == 0)
            return null;
        // The vacancies' shifts cannot stay: hinting them would only make CP-SAT repair the hint first.
        var hint = firstPlan with
        {
            Positions = [.. firstPlan.Positions.Select(position => position.IsVacancy ? position with { Stillingsprosent = 0 } : position)],
            Assignments = [.. firstPlan.Assignments.Where(assignment => !filled.Contains(assignment.EmployeeId))],
        };
        var outcome = FirstPlanSearch.Stage(runner, unit, demand, options, ModelPurpose.FirstPlan, hint,
            solveOptions with { TimeLimit = Cap(solveOptions.TimeLimit, firstPlanTime), RelativeGapLimit = null },
            System.Diagnostics.Stopwatch.StartNew(), cancellation, LeaveVacanciesUnfilled);
        return outcome.Legal && outcome.Plan is { } plan && PlanChecker.Check(unit, plan, demand).IsLegal ? plan : null;
    }

    private static void LeaveVacanciesUnfilled(TurnusModelContext context)
    {
        foreach (var person in context.People.Where(person => person.IsVacancy))
            if (context.Sizes.Steps(person.Index) is { } steps)
                context.Model.Add(steps == 0);
    }

    /// <summary>Twice what the first plan took, at least 1 s, at most a tenth of the time limit: the time lost where no such plan exists.</summary>
    private static TimeSpan Cap(TimeSpan limit, TimeSpan firstPlanTime) =>
        TimeSpan.FromTicks(Math.Min(limit.Ticks / 10, Math.Max(TimeSpan.FromSeconds(1).Ticks, firstPlanTime.Ticks * 2)));
}
