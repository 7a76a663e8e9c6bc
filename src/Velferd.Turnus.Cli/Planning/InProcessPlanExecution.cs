using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Solver.Turnus;

namespace Velferd.Turnus.Cli.Planning;

/// <summary>Solves in this process on a background thread: no silo, no storage (used by tests and `--in-process`).</summary>
public sealed class InProcessPlanExecution : IPlanExecution
{
    public Task<TurnusResult> ExecuteAsync(Unit unit, string unitJson, PlanOptions options, Action<TurnusProgress>? progress, CancellationToken cancellation) =>
        Task.Factory.StartNew(() => TurnusSolver.Solve(unit, options, progress, cancellation),
            cancellation, TaskCreationOptions.LongRunning, TaskScheduler.Default);
}
