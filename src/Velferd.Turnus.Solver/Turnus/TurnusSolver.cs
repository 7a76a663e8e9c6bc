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
        var report = runner.Solve(model.Model, solveOptions, progress =>
        {
            if (onProgress is null || progress.Values is not { } values)
                return;
            onProgress(new TurnusProgress(progress.Objective / 100, progress.BestBound / 100, progress.Gap, progress.WallTime,
                progress.SolutionNumber, PlanDecoder.Decode(context, values)));
        }, cancellation, captureSolutions: onProgress is not null);

        var size = new ModelSize(context.People.Count, context.Days, context.Shifts.Count,
            model.Model.Model.Variables.Count, model.Model.Model.Constraints.Count, model.Coverage.Segments.Count);
        if (report.HasSolution)
        {
            var plan = PlanDecoder.Decode(context, report.Values);
            return Result(report, plan, PlanChecker.Check(unit, plan, demand), null, size);
        }
        var explanation = report.Status == SolveStatus.Infeasible && !cancellation.IsCancellationRequested
            ? InfeasibilityExplainer.Explain(unit, demand, options, cancellation)
            : null;
        return Result(report, null, null, explanation, size);
    }

    private static TurnusResult Result(SolveReport report, Domain.Planning.Plan? plan, CheckReport? check, InfeasibilityExplanation? explanation, ModelSize size) =>
        new(report.Status, report.Objective / 100, report.BestBound / 100, report.Gap, report.WallTime,
            report.TimeToFirstSolution, report.TimeToBest, report.ImprovingSolutions, plan, check, explanation, size);
}
