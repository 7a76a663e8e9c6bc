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
        var first = FirstPlanSearch.Run(runner, unit, demand, options, solveOptions, cancellation);
        var (feasibility, firstPlan) = (first.Report, first.Legal ? first.Plan : null);
        if (feasibility.Status == SolveStatus.Infeasible)
            return Result(feasibility, null, null, Explain(unit, demand, options, cancellation), Size(model));
        // Vacancies no legal plan leaves unfilled are posted as filled (the LP would otherwise fill them by a fraction
        // and miss their small-position penalty), and the start without vacancies leaves them be.
        var needed = NeededVacancies.Prove(context.People, unit, demand, options, runner, options.TimeLimit / 20, cancellation);
        NeededVacancies.Fill(context, needed);
        var start = firstPlan is null ? null : CompleteHint(runner, model, firstPlan, solveOptions, cancellation);
        if (start is null && firstPlan is not null && options.StartPlan is not null)
        {
            // A legal start plan the model cannot take up as it stands: plan from scratch instead.
            first = FirstPlanSearch.Run(runner, unit, demand, options with { StartPlan = null }, solveOptions, cancellation);
            (feasibility, firstPlan) = (first.Report, first.Legal ? first.Plan : null);
            start = firstPlan is null ? null : CompleteHint(runner, model, firstPlan, solveOptions, cancellation);
        }
        else if (start is not null && options.StartPlan is null)
            start = CheaperWithoutVacancies(runner, model, start, firstPlan!, needed, feasibility.TimeToFirstSolution ?? clock.Elapsed, unit, demand, options, solveOptions, cancellation);

        // Phase 2: optimise from that plan for the rest of the time. The aggregate relaxation gives a second lower
        // bound (it prices covering fractional demand with whole people); with a core to spare it is solved beside
        // the search instead of before it, so the search starts at once.
        var bound = new SharedBound();
        void Publish(SolveProgress progress)
        {
            if (onProgress is null || progress.Values is not { } values)
                return;
            var best = Math.Max(progress.BestBound, bound.Value);
            onProgress(new TurnusProgress(progress.Objective / 100, best / 100, Gaps.Relative(progress.Objective, best), progress.WallTime,
                progress.SolutionNumber, PlanDecoder.Decode(context, values)));
        }
        var searchBeside = start is not null && options.Search == SearchStrategy.NeighbourhoodSearch;
        if (!searchBeside || options.Workers <= 1)
            bound.Raise(SolveAggregate(runner, unit, demand, options, beside: false, cancellation));
        var remaining = options.TimeLimit - clock.Elapsed;
        if (remaining <= TimeSpan.Zero)
            remaining = TimeSpan.FromMilliseconds(1);
        var report = searchBeside
            ? NeighbourhoodSearchWithBound(runner, model, start!, options, solveOptions with { TimeLimit = remaining }, Publish, clock.Elapsed,
                () => SolveAggregate(runner, unit, demand, options with { Workers = 1 }, beside: true, cancellation), bound, cancellation)
            : runner.Solve(model.Model.Model, solveOptions with { TimeLimit = remaining }, Publish, cancellation, clockOffset: clock.Elapsed, captureSolutions: onProgress is not null);
        report = report with
        {
            TimeToFirstSolution = feasibility.TimeToFirstSolution ?? report.TimeToFirstSolution,
            BestBound = Math.Max(0, Math.Max(report.BestBound, bound.Value)), // every objective term is never negative
        };

        if (report.HasSolution)
        {
            var plan = PlanDecoder.Decode(context, report.Values);
            return Result(report, plan, PlanChecker.Check(unit, plan, demand), null, Size(model));
        }
        var explanation = report.Status == SolveStatus.Infeasible ? Explain(unit, demand, options, cancellation) : null;
        return Result(report, null, null, explanation, Size(model));
    }

    /// <returns>The aggregate relaxation's lower bound (none when it is proved infeasible: then the unit has no plan anyway).</returns>
    /// <param name="beside">Whether it runs on a core of its own beside the search, rather than before it on all of them.</param>
    private static double SolveAggregate(CpSatRunner runner, Unit unit, StaffingCurve demand, PlanOptions options, bool beside, CancellationToken cancellation)
    {
        var aggregate = AggregateBound.Solve(unit, demand, options, runner, AggregateBudget(options.TimeLimit, beside), cancellation);
        return aggregate.Status == SolveStatus.Infeasible ? double.NegativeInfinity : aggregate.BestBound;
    }

    /// <summary>
    /// The solve ends once its bound settles (1.5–3 s on the samples). Beside the search it may take half the time, since a
    /// tenth of a 10 s limit cut it off before that (home care 746 k instead of 803 k, the nursing home 584 k instead of
    /// 641 k); before the search, which waits for it, a tenth. Never more than 10 s.
    /// </summary>
    private static TimeSpan AggregateBudget(TimeSpan limit, bool beside) =>
        TimeSpan.FromTicks(Math.Min(limit.Ticks / (beside ? 2 : 10), TimeSpan.FromSeconds(10).Ticks));

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
    /// The first plan with its vacancies left unfilled (VacancyFreeStart), completed, when that is the cheaper start;
    /// otherwise the first plan, whose completion becomes the model's hint again.
    /// </summary>
    private static SolveReport CheaperWithoutVacancies(
        CpSatRunner runner, TurnusModel model, SolveReport start, Domain.Planning.Plan firstPlan, IReadOnlyList<PlannedPerson> needed, TimeSpan firstPlanTime,
        Unit unit, StaffingCurve demand, PlanOptions options, SolveOptions solveOptions, CancellationToken cancellation)
    {
        if (VacancyFreeStart.Find(runner, unit, demand, options, solveOptions, firstPlan, needed, firstPlanTime, cancellation) is not { } plan)
        {
            options.SearchLog?.Invoke("Start without vacancies: no legal plan found within the cap.");
            return start;
        }
        var unfilled = CompleteHint(runner, model, plan, solveOptions, cancellation);
        var cheaper = unfilled?.Objective < start.Objective;
        options.SearchLog?.Invoke($"Start without vacancies: {unfilled?.Objective / 100:0} NOK against {start.Objective / 100:0} NOK with them; starting from the {(cheaper ? "plan without" : "first plan")}.");
        if (cheaper)
            return unfilled!;
        SolutionHints.SetFromSolution(model.Model.Model, start.Values);
        return start;
    }

    /// <summary>
    /// Large-neighbourhood search from the completed first plan (a few rotations, many people over some days, or
    /// one competence at a time re-optimised while the rest stays) on all but one core, and beside it first
    /// <paramref name="aggregateBound"/> and then CP-SAT on the whole model with one worker, whose LP raises the
    /// bound and which may find plans of its own; once that bound stalls, its core joins the search. Both bounds raise
    /// <paramref name="bound"/> as they come, so progress shows them at once. The better plan wins.
    /// </summary>
    private static SolveReport NeighbourhoodSearchWithBound(
        CpSatRunner runner, TurnusModel model, SolveReport start, PlanOptions options, SolveOptions solveOptions,
        Action<SolveProgress> publish, TimeSpan clockOffset, Func<double> aggregateBound, SharedBound bound, CancellationToken cancellation)
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
        // With a single thread there is no core to spare for the bound: neighbourhood search alone. Otherwise one core
        // first raises the bound (the aggregate relaxation, then the whole model's LP until it stalls) and then joins
        // the search. A proof of optimality ends the search at once.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var proved = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var whole = options.Workers > 1
            ? Task.Run(() =>
            {
                bound.Raise(aggregateBound());
                var left = solveOptions.TimeLimit - clock.Elapsed;
                if (left <= TimeSpan.Zero)
                    return SolveReport.Nothing(clock.Elapsed);
                var report = runner.Solve(model.Model.Model, solveOptions with { Workers = 1, TimeLimit = left, StopWhenBoundStalls = BoundPatience(solveOptions.TimeLimit), BoundStallRise = BoundCreep },
                    PublishBetter, cancellation, clockOffset: clockOffset + clock.Elapsed, captureSolutions: true, onBound: bound.Raise);
                if (report.Status == SolveStatus.Optimal)
                    proved.Cancel();
                return report;
            }, CancellationToken.None) // cancellation reaches the solves inside; a cancelled Task.Run would throw here instead of reporting
            : Task.FromResult(SolveReport.Nothing(TimeSpan.Zero));
        var lns = new LargeNeighbourhoodSearch(runner).Run(model.Model.Model, TurnusNeighbourhoods.DecisionVariables(context), start.Values,
            start.Objective.Value, TurnusNeighbourhoods.All(context),
            new LnsOptions(solveOptions.TimeLimit, Threads: options.Workers, SubSolveParameters: SubSolveParameters, InitialIntensity: InitialIntensity, Seed: options.Seed ?? 1,
                LastThreadStartsAfter: options.Workers > 1 ? whole : null),
            PublishBetter, proved.Token, clockOffset);
        var cpSat = whole.GetAwaiter().GetResult();
        options.SearchLog?.Invoke(LnsSummary(lns));
        var lnsWins = cpSat.Objective is not { } objective || lns.Objective <= objective;
        return new SolveReport(
            cpSat.Status == SolveStatus.Optimal ? SolveStatus.Optimal : SolveStatus.Feasible, // a proof holds for either plan: LNS wins only on ties or better
            lnsWins ? lns.Objective : cpSat.Objective, cpSat.BestBound, clockOffset + clock.Elapsed,
            null, lnsWins ? lns.TimeToBest : cpSat.TimeToBest, published + 1, lnsWins ? lns.Values : cpSat.Values);
    }

    /// <summary>
    /// CP-SAT settings of a neighbourhood sub-solve: the LP-heavy search, with presolve cut to one pass without probing or
    /// symmetry detection. A sub-problem is the whole model with most shifts fixed, and full presolve spent 0.25–0.6 s
    /// of each 1 s sub-solve on it (nursing home); cut, it takes about 0.1 s, and more sub-solves end in a better plan.
    /// </summary>
    private const string SubSolveParameters = "linearization_level:2 symmetry_level:0 cp_model_probing_level:0 max_presolve_iterations:1";

    /// <summary>
    /// Where each neighbourhood kind starts its size. From 0.3 the sizes shrank for the whole minute (sub-solves mostly hit
    /// their limit); from 0.1 they settle at once, and the plans at 60 s were better on every sample but psykisk helse, which
    /// was level (docs/turnus-model.md).
    /// </summary>
    private const double InitialIntensity = 0.1;

    /// <summary>One line for the search log: how often each neighbourhood kind was tried, improved and was solved to the end.</summary>
    private static string LnsSummary(LnsResult lns) =>
        $"Neighbourhood search: {lns.Iterations} sub-solves, {lns.Improvements} improvements ({lns.Merges} merged from two threads); " +
        string.Join("; ", lns.Kinds.Select(kind => $"{kind.Kind}: {kind.Tried} tried, {kind.Improved} improved, {kind.SolvedToOptimality} solved, intensity {kind.FinalIntensity:0.00}"));

    /// <summary>
    /// How long the whole model's bound may stand still before its core joins the neighbourhood search: on the samples
    /// it rises in steps for 10–20 s (the LP and its cuts) and then stays put.
    /// </summary>
    private static TimeSpan BoundPatience(TimeSpan limit) => TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(3).Ticks, limit.Ticks / 10));

    /// <summary>
    /// A rise of the whole model's bound smaller than this share does not keep its core from the search. After its main
    /// climb the bound creeps (nursing home: 709.1 k at 25 s, 710.2 k at 29.5 s, 710.4 k at 35 s), and each creep held a
    /// core the search wants for another patience: the solve ended at 42 s, and now at 34 s.
    /// </summary>
    private const double BoundCreep = 0.001;

    private static InfeasibilityExplanation? Explain(Unit unit, StaffingCurve demand, PlanOptions options, CancellationToken cancellation) =>
        cancellation.IsCancellationRequested ? null : InfeasibilityExplainer.Explain(unit, demand, options, cancellation);

    private static ModelSize Size(TurnusModel model) => new(model.Context.People.Count, model.Context.Days, model.Context.Shifts.Count,
        model.Model.Model.Variables.Count, model.Model.Model.Constraints.Count, model.Coverage.Segments.Count);

    private static TurnusResult Result(SolveReport report, Domain.Planning.Plan? plan, CheckReport? check, InfeasibilityExplanation? explanation, ModelSize size) =>
        new(report.Status, report.Objective / 100, report.BestBound / 100, report.Gap, report.WallTime,
            report.TimeToFirstSolution, report.TimeToBest, report.ImprovingSolutions, plan, check, explanation, size);
}
