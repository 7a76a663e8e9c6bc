namespace Velferd.Turnus.Grains.Abstractions.Jobs;

/// <summary>
/// One solve request, keyed by its job id: a persisted state machine (queued → solving → done | failed | cancelled)
/// that survives the loss of the silo running it. Clients start it through the unit grain, follow it with an
/// <see cref="IJobObserver"/> and can re-attach by id at any time.
/// </summary>
[Alias("Velferd.Turnus.IPlanningJobGrain")]
public interface IPlanningJobGrain : IGrainWithStringKey
{
    /// <summary>Starts the job; a second call with the job already started returns its snapshot unchanged.</summary>
    [Alias("Start")]
    Task<JobSnapshot> Start(JobRequest request);

    /// <summary>The job now; also makes sure a job that lost its solver is running again.</summary>
    [Alias("GetStatus")]
    Task<JobSnapshot> GetStatus();

    /// <summary>The snapshot with the plan found (when any) and the unit file it planned, for re-building the result anywhere.</summary>
    [Alias("GetResult")]
    Task<JobResult> GetResult();

    /// <summary>Asks the solver to stop; the job ends cancelled and keeps the best plan found so far.</summary>
    [Alias("Cancel")]
    Task<JobSnapshot> Cancel();

    /// <summary>Sends every change of the job to <paramref name="observer"/> until it unsubscribes or stops renewing (every few seconds).</summary>
    [Alias("Subscribe")]
    Task<JobSnapshot> Subscribe(IJobObserver observer);

    [Alias("Unsubscribe")]
    Task Unsubscribe(IJobObserver observer);

    // Called by the solver worker running the job's current attempt; a report from an older attempt is told to stop.

    [Alias("ReportStarted")]
    Task<JobDirective> ReportStarted(int attempt, string silo);

    [Alias("ReportProgress")]
    Task<JobDirective> ReportProgress(int attempt, JobProgress progress);

    [Alias("ReportHeartbeat")]
    Task<JobDirective> ReportHeartbeat(int attempt);

    [Alias("ReportFinished")]
    Task ReportFinished(int attempt, SolveFinish finish);

    [Alias("ReportFailed")]
    Task ReportFailed(int attempt, string reason);
}

/// <summary>What a worker should do next.</summary>
[GenerateSerializer, Alias("Velferd.Turnus.JobDirective")]
public enum JobDirective
{
    Continue,
    Stop,
}
