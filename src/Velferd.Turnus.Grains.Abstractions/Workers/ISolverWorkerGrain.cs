using Velferd.Turnus.Grains.Abstractions.Jobs;

namespace Velferd.Turnus.Grains.Abstractions.Workers;

/// <summary>
/// Runs CP-SAT solves on its silo, off the Orleans scheduler, at most a configured number at once per silo.
/// A stateless worker: activated locally on the calling silo, so a cluster spreads solves with its planning jobs.
/// </summary>
[Alias("Velferd.Turnus.ISolverWorkerGrain")]
public interface ISolverWorkerGrain : IGrainWithIntegerKey
{
    /// <summary>Queues the solve on this silo and returns at once; the worker reports to the job grain.</summary>
    [Alias("Start")]
    Task Start(SolveAssignment assignment);

    /// <summary>Stops a running or queued solve of the job on this silo; false when none is here.</summary>
    [Alias("Cancel")]
    Task<bool> Cancel(string jobId);

    [Alias("GetLoad")]
    Task<SolverLoad> GetLoad();
}

/// <summary>One attempt at a job's solve; a later attempt starts from the best plan the earlier ones found (plan.json text).</summary>
[GenerateSerializer, Immutable, Alias("Velferd.Turnus.SolveAssignment")]
public sealed record SolveAssignment(string JobId, int Attempt, JobRequest Request, string? StartPlanJson = null);

/// <summary>How busy a silo's solver is.</summary>
[GenerateSerializer, Immutable, Alias("Velferd.Turnus.SolverLoad")]
public sealed record SolverLoad(string Silo, int Slots, int Running, int Queued);
