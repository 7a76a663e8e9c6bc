using Velferd.Turnus.Domain.Torn;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Torn;

/// <summary>
/// Splits a unit's tasks between professions (TØRN): builds and solves the split model, turns the split into the
/// staffing curve the turnus is planned on, and re-checks it with the independent checker. Pure CPU work.
/// </summary>
public static class TaskSplitSolver
{
    public static TaskSplitResult Solve(Unit unit, TornOptions options, CancellationToken cancellation = default) =>
        Solve(TaskSplitInput.Of(unit), options, cancellation);

    public static TaskSplitResult Solve(TaskSplitInput input, TornOptions options, CancellationToken cancellation = default)
    {
        var model = TaskSplitModel.Build(input, options);
        var solveOptions = new SolveOptions(options.TimeLimit, Math.Max(1, options.Workers), options.Seed, options.GapTarget,
            LogSearch: options.SearchLog is not null, ExtraParameters: options.ExtraSolverParameters);
        var report = new CpSatRunner(options.SearchLog).Solve(model.Context.Model, solveOptions, cancellation: cancellation);
        var before = SplitCurves.Before(input);
        if (!report.HasSolution)
            return new TaskSplitResult(report.Status, null, report.BestBound / 100, report.WallTime, report.TimeToBest, input, null, before, null, null, []);
        var split = model.Context.Decode(report.Values);
        return new TaskSplitResult(report.Status, report.Objective / 100, report.BestBound / 100, report.WallTime, report.TimeToBest, input, split,
            before, SplitCurves.After(input, split), TaskSplitFigures.Of(input, split), TaskSplitChecker.Check(input, split));
    }
}
