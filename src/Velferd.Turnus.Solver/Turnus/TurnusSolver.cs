using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Turnus;

/// <summary>
/// Plans a unit: builds the rotation model, solves it (streaming every improving plan), re-checks the best
/// plan with the independent plan checker (against the unit as the scenario makes it), and explains an infeasible unit. Pure CPU work: call it off any
/// request or grain thread.
/// </summary>
public static class TurnusSolver
{
    public static TurnusResult Solve(Unit unit, PlanOptions options, Action<TurnusProgress>? onProgress = null, CancellationToken cancellation = default) =>
        Solve(unit, DemandEngine.Build(unit), options, onProgress, cancellation);

    public static TurnusResult Solve(
        Unit unit, StaffingCurve demand, PlanOptions options, Action<TurnusProgress>? onProgress = null, CancellationToken cancellation = default)
    {
        var model = TurnusModel.Build(unit, demand, options);
        var context = model.Context;
        var solveOptions = new SolveOptions(options.TimeLimit, Math.Max(1, options.Workers), options.Seed, options.GapTarget,
            LogSearch: options.SearchLog is not null, ExtraParameters: options.ExtraSolverParameters);
        var runner = new CpSatRunner(options.SearchLog);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // Phase 1: any plan that keeps every hard rule. Without the objective, presolve and the
        // feasibility-jump search find one far sooner than the full optimisation does.
        var (feasibility, firstPlan) = FirstPlan(runner, unit, demand, options, solveOptions, cancellation);
        if (feasibility.Status == SolveStatus.Infeasible)
            return Result(feasibility, null, null, Explain(unit, demand, options, cancellation), Size(model));
        var start = firstPlan is null ? null : CompleteHint(runner, model, firstPlan, solveOptions, cancellation);

        // A second lower bound from the aggregate relaxation, which prices covering fractional demand with whole people.
        var aggregate = AggregateBound.Solve(unit, demand, options, runner, AggregateBudget(options.TimeLimit), cancellation);
        var extraBound = aggregate.Status == SolveStatus.Infeasible ? double.NegativeInfinity : aggregate.BestBound;

        // Phase 2: optimise from that plan for the rest of the time.
        var remaining = options.TimeLimit - clock.Elapsed;
        if (remaining <= TimeSpan.Zero)
            remaining = TimeSpan.FromMilliseconds(1);
        void Publish(SolveProgress progress)
        {
            if (onProgress is null || progress.Values is not { } values)
                return;
            var bound = Math.Max(progress.BestBound, extraBound);
            onProgress(new TurnusProgress(progress.Objective / 100, bound / 100, Gaps.Relative(progress.Objective, bound), progress.WallTime,
                progress.SolutionNumber, PlanDecoder.Decode(context, values)));
        }
        var report = start is not null && options.Search == SearchStrategy.NeighbourhoodSearch
            ? NeighbourhoodSearchWithBound(runner, model, start, options, solveOptions with { TimeLimit = remaining }, Publish, clock.Elapsed, cancellation)
            : runner.Solve(model.Model.Model, solveOptions with { TimeLimit = remaining }, Publish, cancellation, clockOffset: clock.Elapsed, captureSolutions: onProgress is not null);
        report = report with
        {
            TimeToFirstSolution = feasibility.TimeToFirstSolution ?? report.TimeToFirstSolution,
            BestBound = Math.Max(0, Math.Max(report.BestBound, extraBound)), // every objective term is never negative
        };

        if (report.HasSolution)
        {
            var plan = PlanDecoder.Decode(context, report.Values);
            return Result(report, plan, PlanChecker.Check(unit, plan, demand), null, Size(model));
        }
        var explanation = report.Status == SolveStatus.Infeasible ? Explain(unit, demand, options, cancellation) : null;
        return Result(report, null, null, explanation, Size(model));
    }

    /// <summary>
    /// Most of the time if need be (a legal plan matters more than a better one, and each stage stops as soon as it
    /// has one) on the relaxed model, where contracts and minimum staffing may be
    /// missed at a price, so every assignment is a solution and the search walks towards one without misses.
    /// First with everybody in fixed weekend groups (a much smaller search), then, if that finds no legal plan,
    /// with the groups only as a hint. A plan counts only when it misses nothing. Before all that, a rotation of half
    /// the length is planned the same way and repeated (RotationTiling): often legal as it stands, else a hint.
    /// </summary>
    private static (SolveReport Report, Domain.Planning.Plan? Plan) FirstPlan(
        CpSatRunner runner, Unit unit, StaffingCurve demand, PlanOptions options, SolveOptions solveOptions, CancellationToken cancellation)
    {
        var (report, plan, legal) = SearchFirstPlan(runner, unit, demand, options, solveOptions, cancellation);
        return legal ? (report, plan) : (report, null);
    }

    /// <returns>The best plan found, and whether it is legal (a plan with violations can still be a good hint).</returns>
    private static (SolveReport Report, Domain.Planning.Plan? Plan, bool Legal) SearchFirstPlan(
        CpSatRunner runner, Unit unit, StaffingCurve demand, PlanOptions options, SolveOptions solveOptions, CancellationToken cancellation)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var budget = TimeSpan.FromTicks((long)(solveOptions.TimeLimit.Ticks * FirstPlanShare));
        var weeks = options.Weeks ?? unit.RotationWeeks;
        Domain.Planning.Plan? hint = null;
        if (RotationTiling.ShorterRotation(weeks) is { } shorter)
        {
            var (_, shortPlan, _) = SearchFirstPlan(runner, unit, demand, options with { Weeks = shorter },
                solveOptions with { TimeLimit = ShortRotationBudget(budget) }, cancellation);
            hint = shortPlan is null ? null : RotationTiling.Repeat(shortPlan, weeks);
            if (hint is not null && PlanChecker.Check(unit, hint, demand).IsLegal)
                return (EmptyReport(clock.Elapsed) with { Status = SolveStatus.Feasible, TimeToFirstSolution = clock.Elapsed }, hint, true);
        }
        SolveReport? last = null;
        Domain.Planning.Plan? best = null;
        foreach (var (purpose, share) in new[] { (ModelPurpose.FirstPlanInWeekendGroups, 0.5), (ModelPurpose.FirstPlan, 1.0) })
        {
            var limit = TimeSpan.FromTicks((long)(budget.Ticks * share)) - clock.Elapsed;
            if (limit <= TimeSpan.Zero || cancellation.IsCancellationRequested)
                break;
            var relaxed = TurnusModel.Build(unit, demand, options, purpose: purpose);
            if (hint is not null && purpose == ModelPurpose.FirstPlan)
                PlanHint.Apply(relaxed.Context, hint); // the repeated short plan: only week-bound rules or short contracts can be off
            var report = runner.Solve(relaxed.Model.Model, solveOptions with { TimeLimit = limit, RelativeGapLimit = null }, null, cancellation, clockOffset: clock.Elapsed);
            if (report.HasSolution && (last?.Objective is not { } previous || report.Objective < previous))
            {
                last = report;
                best = PlanDecoder.Decode(relaxed.Context, report.Values);
            }
            if (report.HasSolution && report.Objective is 0)
                return (report with { TimeToFirstSolution = report.TimeToBest }, best, true);
            if (report.Status == SolveStatus.Infeasible && purpose == ModelPurpose.FirstPlan)
                return (report, null, false); // the hard rules alone cannot hold: the unit is infeasible
            last ??= report;
        }
        return ((last ?? EmptyReport(clock.Elapsed)) with { TimeToFirstSolution = null, Status = SolveStatus.Unknown }, best, false);
    }

    private const double FirstPlanShare = 0.85;

    /// <summary>
    /// The short rotation either gives a plan within seconds (home care: 1–4 s where the 6-week search took 15 s)
    /// or cannot give one at all (contracts that do not fit 3 weeks), so it gets a fifth of the budget, at most 8 s.
    /// </summary>
    private static TimeSpan ShortRotationBudget(TimeSpan budget) => TimeSpan.FromTicks(Math.Min(budget.Ticks / 5, TimeSpan.FromSeconds(8).Ticks));

    /// <summary>The aggregate model is small: a tenth of the time, at most 10 s, settles its bound.</summary>
    private static TimeSpan AggregateBudget(TimeSpan limit) => TimeSpan.FromTicks(Math.Min(limit.Ticks / 10, TimeSpan.FromSeconds(10).Ticks));

    private static SolveReport EmptyReport(TimeSpan elapsed) => new(SolveStatus.Unknown, null, 0, elapsed, null, null, 0, []);

    /// <summary>
    /// Turns the first plan into a full solution of the optimisation model (its shifts fixed, everything
    /// derived from them solved for), so CP-SAT starts from a complete, legal hint.
    /// </summary>
    private static SolveReport? CompleteHint(CpSatRunner runner, TurnusModel model, Domain.Planning.Plan plan, SolveOptions options, CancellationToken cancellation)
    {
        PlanHint.Apply(model.Context, plan);
        var fixedShifts = (options with { TimeLimit = TimeSpan.FromSeconds(10), RelativeGapLimit = null }).With("fix_variables_to_their_hinted_value:true");
        var completion = runner.Solve(model.Model, fixedShifts, null, cancellation);
        if (!completion.HasSolution)
            return null;
        SolutionHints.SetFromSolution(model.Model.Model, completion.Values);
        return completion;
    }

    /// <summary>
    /// Large-neighbourhood search from the completed first plan (a few rotations, many people over some days, or
    /// one competence at a time re-optimised while the rest stays) on all but one core, and beside it CP-SAT on the
    /// whole model with one worker, whose LP raises the bound and which may find plans of its own. The better plan
    /// wins; the bound is CP-SAT's.
    /// </summary>
    private static SolveReport NeighbourhoodSearchWithBound(
        CpSatRunner runner, TurnusModel model, SolveReport start, PlanOptions options, SolveOptions solveOptions,
        Action<SolveProgress> publish, TimeSpan clockOffset, CancellationToken cancellation)
    {
        var context = model.Context;
        var gate = new Lock();
        var best = start.Objective!.Value;
        var published = 0;
        void PublishBetter(SolveProgress progress)
        {
            lock (gate)
            {
                if (progress.Objective >= best)
                    return;
                best = progress.Objective;
                publish(progress with { SolutionNumber = ++published });
            }
        }
        // With a single thread there is no core to spare for the whole-model solve: neighbourhood search alone.
        var whole = options.Workers > 1
            ? Task.Run(() => runner.Solve(model.Model.Model, solveOptions with { Workers = 1 }, PublishBetter, cancellation,
                clockOffset: clockOffset, captureSolutions: true), cancellation)
            : Task.FromResult(new SolveReport(SolveStatus.Unknown, null, 0, TimeSpan.Zero, null, null, 0, []));
        var lns = new LargeNeighbourhoodSearch(runner).Run(model.Model.Model, TurnusNeighbourhoods.DecisionVariables(context), start.Values,
            start.Objective.Value, TurnusNeighbourhoods.All(context),
            new LnsOptions(solveOptions.TimeLimit, Threads: Math.Max(1, options.Workers - 1), Seed: options.Seed ?? 1),
            PublishBetter, cancellation, clockOffset);
        var cpSat = whole.GetAwaiter().GetResult();
        var lnsWins = cpSat.Objective is not { } objective || lns.Objective <= objective;
        return new SolveReport(
            cpSat.Status == SolveStatus.Optimal && !lnsWins ? SolveStatus.Optimal : SolveStatus.Feasible,
            lnsWins ? lns.Objective : cpSat.Objective, cpSat.BestBound, clockOffset + solveOptions.TimeLimit,
            null, lnsWins ? lns.TimeToBest : cpSat.TimeToBest, published + 1, lnsWins ? lns.Values : cpSat.Values);
    }

    private static InfeasibilityExplanation? Explain(Unit unit, StaffingCurve demand, PlanOptions options, CancellationToken cancellation) =>
        cancellation.IsCancellationRequested ? null : InfeasibilityExplainer.Explain(unit, demand, options, cancellation);

    private static ModelSize Size(TurnusModel model) => new(model.Context.People.Count, model.Context.Days, model.Context.Shifts.Count,
        model.Model.Model.Variables.Count, model.Model.Model.Constraints.Count, model.Coverage.Segments.Count);

    private static TurnusResult Result(SolveReport report, Domain.Planning.Plan? plan, CheckReport? check, InfeasibilityExplanation? explanation, ModelSize size) =>
        new(report.Status, report.Objective / 100, report.BestBound / 100, report.Gap, report.WallTime,
            report.TimeToFirstSolution, report.TimeToBest, report.ImprovingSolutions, plan, check, explanation, size);
}
