using Orleans.Concurrency;
using Velferd.Turnus.Grains.Abstractions.Workers;

namespace Velferd.Turnus.Grains.Workers;

/// <summary>
/// The cluster's entry to a silo's solver: hands solves to the silo's <see cref="SolverHost"/>, which runs them
/// on threads of their own. Local activations only, bounded by the host's slots rather than by activations.
/// </summary>
[StatelessWorker]
public sealed class SolverWorkerGrain(SolverHost host) : Grain, ISolverWorkerGrain
{
    public Task Start(SolveAssignment assignment)
    {
        host.Enqueue(assignment, RuntimeIdentity);
        return Task.CompletedTask;
    }

    public Task<bool> Cancel(string jobId) => Task.FromResult(host.Cancel(jobId));

    public Task<SolverLoad> GetLoad() => Task.FromResult(host.Load(RuntimeIdentity));
}
