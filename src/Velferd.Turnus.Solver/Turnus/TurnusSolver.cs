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
        if (firstPlan is not null)
            CompleteHint(runner, model, firstPlan, solveOptions, cancellation);

        // Phase 2: optimise from that plan for the rest of the time.
        var remaining = options.TimeLimit - clock.Elapsed;
        var report = runner.Solve(model.Model.Model, solveOptions with { TimeLimit = remaining > TimeSpan.Zero ? remaining : TimeSpan.FromMilliseconds(1) }, progress =>
        {
            if (onProgress is null || progress.Values is not { } values)
                return;
            onProgress(new TurnusProgress(progress.Objective / 100, progress.BestBound / 100, progress.Gap, progress.WallTime,
                progress.SolutionNumber, PlanDecoder.Decode(context, values)));
        }, cancellation, clockOffset: clock.Elapsed, captureSolutions: onProgress is not null);
        report = report with { TimeToFirstSolution = feasibility.TimeToFirstSolution ?? report.TimeToFirstSolution };

        if (report.HasSolution)
        {
            var plan = PlanDecoder.Decode(context, report.Values);
            return Result(report, plan, PlanChecker.Check(Scenario.Apply(unit, options), plan, demand), null, Size(model));
        }
        var explanation = report.Status == SolveStatus.Infeasible ? Explain(unit, demand, options, cancellation) : null;
        return Result(report, null, null, explanation, Size(model));
    }

    /// <summary>
    /// Up to a third of the time (at most 30 s) on the relaxed model, where contracts and minimum staffing may be
    /// missed at a price, so every assignment is a solution and the search walks towards one without misses.
    /// First with everybody in fixed weekend groups (a much smaller search), then, if that finds no legal plan,
    /// with the groups only as a hint. A plan counts only when it misses nothing.
    /// </summary>
    private static (SolveReport Report, Domain.Planning.Plan? Plan) FirstPlan(
        CpSatRunner runner, Unit unit, StaffingCurve demand, PlanOptions options, SolveOptions solveOptions, CancellationToken cancellation)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var budget = TimeSpan.FromTicks(Math.Min(solveOptions.TimeLimit.Ticks / 3, TimeSpan.FromSeconds(30).Ticks));
        SolveReport? last = null;
        foreach (var (purpose, share) in new[] { (ModelPurpose.FirstPlanInWeekendGroups, 0.5), (ModelPurpose.FirstPlan, 1.0) })
        {
            var limit = TimeSpan.FromTicks((long)(budget.Ticks * share)) - clock.Elapsed;
            if (limit <= TimeSpan.Zero || cancellation.IsCancellationRequested)
                break;
            var relaxed = TurnusModel.Build(unit, demand, options, purpose: purpose);
            var report = runner.Solve(relaxed.Model.Model, solveOptions with { TimeLimit = limit, RelativeGapLimit = null }, null, cancellation, clockOffset: clock.Elapsed);
            last = report;
            if (report.HasSolution && report.Objective is 0)
                return (report with { TimeToFirstSolution = report.TimeToBest }, PlanDecoder.Decode(relaxed.Context, report.Values));
            if (report.Status == SolveStatus.Infeasible && purpose == ModelPurpose.FirstPlan)
                return (report, null); // the hard rules alone cannot hold: the unit is infeasible
        }
        return ((last ?? EmptyReport(clock.Elapsed)) with { TimeToFirstSolution = null, Status = SolveStatus.Unknown }, null);
    }

    private static SolveReport EmptyReport(TimeSpan elapsed) => new(SolveStatus.Unknown, null, 0, elapsed, null, null, 0, []);

    /// <summary>
    /// Turns the first plan into a full solution of the optimisation model (its shifts fixed, everything
    /// derived from them solved for), so CP-SAT starts from a complete, legal hint.
    /// </summary>
    private static void CompleteHint(CpSatRunner runner, TurnusModel model, Domain.Planning.Plan plan, SolveOptions options, CancellationToken cancellation)
    {
        PlanHint.Apply(model.Context, plan);
        var fixedShifts = (options with { TimeLimit = TimeSpan.FromSeconds(10), RelativeGapLimit = null }).With("fix_variables_to_their_hinted_value:true");
        var completion = runner.Solve(model.Model, fixedShifts, null, cancellation);
        if (completion.HasSolution)
            SolutionHints.SetFromSolution(model.Model.Model, completion.Values);
    }

    private static InfeasibilityExplanation? Explain(Unit unit, StaffingCurve demand, PlanOptions options, CancellationToken cancellation) =>
        cancellation.IsCancellationRequested ? null : InfeasibilityExplainer.Explain(unit, demand, options, cancellation);

    private static ModelSize Size(TurnusModel model) => new(model.Context.People.Count, model.Context.Days, model.Context.Shifts.Count,
        model.Model.Model.Variables.Count, model.Model.Model.Constraints.Count, model.Coverage.Segments.Count);

    private static TurnusResult Result(SolveReport report, Domain.Planning.Plan? plan, CheckReport? check, InfeasibilityExplanation? explanation, ModelSize size) =>
        new(report.Status, report.Objective / 100, report.BestBound / 100, report.Gap, report.WallTime,
            report.TimeToFirstSolution, report.TimeToBest, report.ImprovingSolutions, plan, check, explanation, size);
}
