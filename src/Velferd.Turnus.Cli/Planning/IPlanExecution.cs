using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Solver.Turnus;

namespace Velferd.Turnus.Cli.Planning;

/// <summary>
/// Where `turnus plan` runs the solve: in this process, in the embedded silo, or on a cluster. Every
/// execution hands back the same result and reports the same live progress.
/// </summary>
public interface IPlanExecution
{
    /// <param name="unit">The unit, already validated.</param>
    /// <param name="unitJson">The unit file as the user wrote it (what a cluster stores).</param>
    Task<TurnusResult> ExecuteAsync(Unit unit, string unitJson, PlanOptions options, Action<TurnusProgress>? progress, CancellationToken cancellation);
}
