using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Grains.Abstractions.Jobs;
using Velferd.Turnus.Grains.Abstractions.Units;
using Velferd.Turnus.Grains.Solving;
using Velferd.Turnus.Hosting;
using Velferd.Turnus.Hosting.Client;
using Velferd.Turnus.Solver.Turnus;

namespace Velferd.Turnus.Cli.Planning;

/// <summary>
/// Plans through grains: the embedded silo (the default) or a cluster (--cluster). Stores the unit file in its
/// unit grain, starts a planning job, follows it live and rebuilds the solver's result from the job (the plan is
/// read back from plan.json and judged again by the local plan checker). Ctrl+C cancels the job and keeps its
/// best plan; a client that is killed instead can re-attach with `turnus jobs attach`.
/// </summary>
public sealed class GrainPlanExecution(string? clusterConnection, TextWriter notices, string? dataDirectory = null) : IPlanExecution
{
    public async Task<TurnusResult> ExecuteAsync(Unit unit, string unitJson, PlanOptions options, Action<TurnusProgress>? progress, CancellationToken cancellation,
        StaffingCurve? demand = null)
    {
        if (options.SearchLog is not null || options.ExtraSolverParameters is not null)
            throw new NotSupportedException("solver logs and raw solver parameters are only supported with --in-process");
        await using var cluster = await ClusterTargets.ConnectAsync(clusterConnection, options.Workers, cancellation, dataDirectory: dataDirectory);
        var grains = cluster.Client;
        var defined = await grains.GetGrain<IUnitGrain>(unit.Id).Define(unitJson, unit.Id + ".json");
        if (!defined.Accepted)
            throw new InvalidDataException(string.Join(Environment.NewLine, defined.Errors));
        if (demand is not null)
            await grains.GetGrain<IUnitGrain>(unit.Id).ReceiveDemand(PlanningDemands.From(demand, "turnus plan --torn"));
        var job = await grains.GetGrain<IUnitGrain>(unit.Id).StartPlanning(options.ToSettings(), null);
        notices.WriteLine($"Jobb {job.JobId} på {cluster.Description} (koble til igjen: turnus jobs attach {job.JobId}{Flag(clusterConnection)})");
        return await FollowAsync(grains, job.JobId, unit, progress, cancellation);
    }

    /// <summary>Follows a job to its end; cancelling asks the job to stop and still waits for its best plan.</summary>
    public static async Task<TurnusResult> FollowAsync(IGrainFactory grains, string jobId, Unit? unit, Action<TurnusProgress>? progress, CancellationToken cancellation)
    {
        var job = grains.GetGrain<IPlanningJobGrain>(jobId);
        var planned = unit ?? TurnusResults.ReadUnit(await job.GetResult());
        await using var stop = cancellation.Register(() => _ = job.Cancel());
        var finished = await JobFollower.FollowAsync(grains, jobId, update =>
        {
            if (progress is not null && TurnusResults.Progress(update, planned) is { } improving)
                progress(improving);
        });
        return TurnusResults.FromJob(finished, planned);
    }

    public static string Flag(string? clusterConnection) => clusterConnection is null ? "" : $" --cluster {clusterConnection}";
}
