using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Turnus;

/// <summary>
/// Finds a first plan that keeps every hard rule, on the relaxed model where contracts and minimum staffing may be
/// missed at a price (so every assignment is a solution and the search walks towards one without misses). A plan
/// counts only when it misses nothing. A legal start plan (PlanOptions.StartPlan: a resumed job's best, a roster to
/// improve) is taken as it is. Otherwise cheapest first, each stage hinted by the best plan so far:
/// <list type="number">
/// <item>a rotation of half the length with everybody in fixed weekend groups (helgelinjer), repeated
/// (RotationTiling): legal as it stands unless a rule singles out one week or a contract does not fit the short
/// rotation;</item>
/// <item>the full rotation in the same weekend groups: a repeated short plan keeps its groups, so it is a close
/// hint and only its misses are left to repair;</item>
/// <item>the full rotation with free weekends.</item>
/// </list>
/// Measured on the samples (docs/turnus-model.md): the nursing home's contracts do not fit three weeks, yet the
/// repeated three-week plan cuts its six-week search from about 4 s to about 1 s.
/// </summary>
internal static class FirstPlanSearch
{
    /// <summary>Of the whole time limit; a legal plan matters more than a better one, and every stage stops at its first.</summary>
    private const double Share = 0.85;

    /// <summary>The weekend-group stages may use up to this share of the budget before the free search takes over.</summary>
    private const double GroupsShare = 0.5;

    public static FirstPlanOutcome Run(
        CpSatRunner runner, Unit unit, StaffingCurve demand, PlanOptions options, SolveOptions solveOptions, CancellationToken cancellation)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var budget = TimeSpan.FromTicks((long)(solveOptions.TimeLimit.Ticks * Share));
        solveOptions = solveOptions with { RelativeGapLimit = null };
        var weeks = options.Weeks ?? unit.RotationWeeks;
        var groupsLimit = TimeSpan.FromTicks((long)(budget.Ticks * GroupsShare));

        var repeated = FirstPlanOutcome.None;
        if (options.StartPlan is { } start && StartPlans.Prepare(start, unit, options).Plan is { } given)
        {
            if (PlanChecker.Check(unit, given, demand).IsLegal)
                return new FirstPlanOutcome(SolveReport.Nothing(clock.Elapsed) with { Status = SolveStatus.Feasible, TimeToFirstSolution = clock.Elapsed }, given, true);
            repeated = FirstPlanOutcome.None with { Plan = given }; // breaks a rule (the unit changed): the closest hint there is
        }
        else if (RotationTiling.ShorterRotation(weeks) is { } shorter)
        {
            repeated = Repeated(runner, unit, demand, options, shorter, weeks, solveOptions with { TimeLimit = ShortRotationBudget(budget) }, clock, cancellation);
            if (repeated.Legal)
                return repeated;
        }
        var groups = Stage(runner, unit, demand, options, ModelPurpose.FirstPlanInWeekendGroups, repeated.Plan,
            solveOptions with { TimeLimit = groupsLimit - clock.Elapsed }, clock, cancellation);
        if (groups.Legal)
            return groups;
        // A stage that finds nothing hands its hint on, so the groups stage's plan is the best hint either way.
        return Stage(runner, unit, demand, options, ModelPurpose.FirstPlan, groups.Plan, solveOptions with { TimeLimit = budget - clock.Elapsed }, clock, cancellation);
    }

    /// <summary>The short rotation in weekend groups, its plan repeated to the full length and checked.</summary>
    private static FirstPlanOutcome Repeated(
        CpSatRunner runner, Unit unit, StaffingCurve demand, PlanOptions options, int shorter, int weeks, SolveOptions solveOptions,
        System.Diagnostics.Stopwatch clock, CancellationToken cancellation)
    {
        var outcome = Stage(runner, unit, demand, options with { Weeks = shorter }, ModelPurpose.FirstPlanInWeekendGroups, null, solveOptions, clock, cancellation);
        if (outcome.Plan is null)
            return FirstPlanOutcome.None;
        var repeated = RotationTiling.Repeat(outcome.Plan, weeks);
        var legal = PlanChecker.Check(unit, repeated, demand).IsLegal;
        var report = SolveReport.Nothing(clock.Elapsed) with { Status = legal ? SolveStatus.Feasible : SolveStatus.Unknown, TimeToFirstSolution = legal ? clock.Elapsed : null };
        return new FirstPlanOutcome(report, repeated, legal);
    }

    /// <summary>One solve of the relaxed model (with <paramref name="restrict"/>'s extra constraints); legal when it found a plan without misses.</summary>
    internal static FirstPlanOutcome Stage(
        CpSatRunner runner, Unit unit, StaffingCurve demand, PlanOptions options, ModelPurpose purpose, Plan? hint, SolveOptions solveOptions,
        System.Diagnostics.Stopwatch clock, CancellationToken cancellation, Action<TurnusModelContext>? restrict = null)
    {
        if (solveOptions.TimeLimit <= TimeSpan.Zero || cancellation.IsCancellationRequested)
            return FirstPlanOutcome.None with { Plan = hint };
        var relaxed = TurnusModel.Build(unit, demand, options, purpose: purpose);
        restrict?.Invoke(relaxed.Context);
        if (hint is not null)
            PlanHint.Apply(relaxed.Context, hint);
        var report = runner.Solve(relaxed.Model.Model, solveOptions, null, cancellation, clockOffset: clock.Elapsed);
        if (!report.HasSolution)
            return new FirstPlanOutcome(report with { TimeToFirstSolution = null }, hint, false);
        var legal = report.Objective is 0;
        return new FirstPlanOutcome(
            report with { TimeToFirstSolution = legal ? report.TimeToBest : null, Status = legal ? report.Status : SolveStatus.Unknown },
            PlanDecoder.Decode(relaxed.Context, report.Values), legal);
    }

    /// <summary>
    /// The short rotation either gives a plan within seconds or proves in about as long that it misses (contracts that
    /// do not fit three weeks): a fifth of the budget, at most 8 s.
    /// </summary>
    private static TimeSpan ShortRotationBudget(TimeSpan budget) => TimeSpan.FromTicks(Math.Min(budget.Ticks / 5, TimeSpan.FromSeconds(8).Ticks));
}

/// <summary>What a first-plan search found: its report, its best plan (a hint when not legal), and whether that plan is legal.</summary>
internal sealed record FirstPlanOutcome(SolveReport Report, Plan? Plan, bool Legal)
{
    public static FirstPlanOutcome None { get; } = new(SolveReport.Nothing(TimeSpan.Zero), null, false);
}
