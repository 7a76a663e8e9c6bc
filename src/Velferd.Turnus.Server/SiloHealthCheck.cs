using Microsoft.Extensions.Diagnostics.HealthChecks;
using Velferd.Turnus.Grains.Abstractions.Workers;

namespace Velferd.Turnus.Server;

/// <summary>Healthy when this silo answers a grain call (its solver's load is in the report); unhealthy otherwise.</summary>
public sealed class SiloHealthCheck(IGrainFactory grains) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var load = await grains.GetGrain<ISolverWorkerGrain>(0).GetLoad().WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            return HealthCheckResult.Healthy($"silo {load.Silo}: {load.Running}/{load.Slots} solves running, {load.Queued} queued",
                new Dictionary<string, object> { ["silo"] = load.Silo, ["slots"] = load.Slots, ["running"] = load.Running, ["queued"] = load.Queued });
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("the silo does not answer grain calls", error);
        }
    }
}
