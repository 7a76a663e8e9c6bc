using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Turnus;

/// <summary>
/// Plans a unit: builds the rotation model, solves it (streaming every improving plan), re-checks the best
/// plan with the independent plan checker, and explains an infeasible unit. Pure CPU work: call it off any
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
        var feasibility = FirstPlan(runner, model, solveOptions, cancellation);
        if (feasibility.Status == SolveStatus.Infeasible)
            return Result(feasibility, null, null, Explain(unit, demand, options, cancellation), Size(model));
        if (feasibility.HasSolution)
            SolutionHints.SetFromSolution(model.Model.Model, feasibility.Values);

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
            return Result(report, plan, PlanChecker.Check(unit, plan, demand), null, Size(model));
        }
        var explanation = report.Status == SolveStatus.Infeasible ? Explain(unit, demand, options, cancellation) : null;
        return Result(report, null, null, explanation, Size(model));
    }

    /// <summary>Up to a third of the time (at most 30 s) to find any plan that keeps the hard rules.</summary>
    private static SolveReport FirstPlan(CpSatRunner runner, TurnusModel model, SolveOptions options, CancellationToken cancellation)
    {
        var feasibility = model.Model.Model.Clone();
        feasibility.Objective = null;
        var budget = TimeSpan.FromTicks(Math.Min(options.TimeLimit.Ticks / 3, TimeSpan.FromSeconds(30).Ticks));
        return runner.Solve(feasibility, options with { TimeLimit = budget, RelativeGapLimit = null }, null, cancellation);
    }

    private static InfeasibilityExplanation? Explain(Unit unit, StaffingCurve demand, PlanOptions options, CancellationToken cancellation) =>
        cancellation.IsCancellationRequested ? null : InfeasibilityExplainer.Explain(unit, demand, options, cancellation);

    private static ModelSize Size(TurnusModel model) => new(model.Context.People.Count, model.Context.Days, model.Context.Shifts.Count,
        model.Model.Model.Variables.Count, model.Model.Model.Constraints.Count, model.Coverage.Segments.Count);

    private static TurnusResult Result(SolveReport report, Domain.Planning.Plan? plan, CheckReport? check, InfeasibilityExplanation? explanation, ModelSize size) =>
        new(report.Status, report.Objective / 100, report.BestBound / 100, report.Gap, report.WallTime,
            report.TimeToFirstSolution, report.TimeToBest, report.ImprovingSolutions, plan, check, explanation, size);
}
