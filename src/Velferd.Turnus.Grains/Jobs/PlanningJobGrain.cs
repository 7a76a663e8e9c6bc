using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Placement;
using Orleans.Utilities;
using Velferd.Turnus.Grains.Abstractions.Jobs;
using Velferd.Turnus.Grains.Abstractions.Portfolios;
using Velferd.Turnus.Grains.Abstractions.Units;
using Velferd.Turnus.Grains.Abstractions.Workers;

namespace Velferd.Turnus.Grains.Jobs;

/// <summary>
/// A planning job: a persisted state machine that hands its solve to a solver worker on its silo and follows it.
/// A reminder wakes the job on a live silo when its silo is lost; the job then starts a new attempt, and reports
/// from older attempts are told to stop. Observers hear every change.
/// </summary>
[ActivationCountBasedPlacement] // jobs (and so their local solver workers) go to the less loaded silos
public sealed class PlanningJobGrain(
    [PersistentState("job", TurnusStorage.Name)] IPersistentState<JobRecord> job,
    IOptions<GrainOptions> options,
    ILogger<PlanningJobGrain> logger) : Grain, IPlanningJobGrain, IRemindable
{
    private const string ResumeReminder = "resume";
    private readonly GrainOptions settings = options.Value;
    private readonly ObserverManager<IJobObserver> observers = new(options.Value.ObserverExpiry, logger);
    private JobRecord State => job.State;
    private int? attemptRunningHere;
    private DateTime lastWorkerContact = DateTime.UtcNow;
    private DateTime lastProgressWrite = DateTime.MinValue;
    private bool progressUnsaved;

    private string JobId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // A job that was queued or solving when its last activation went away (silo lost, restart) solves again here.
        if (State.Request is not null && !State.IsFinished)
            await DispatchAsync("resumed on a new activation");
    }

    public async Task<JobSnapshot> Start(JobRequest request)
    {
        if (State.Request is not null)
            return Snapshot();
        State.Request = request;
        State.State = JobState.Queued;
        State.CreatedAt = DateTimeOffset.UtcNow;
        await WriteAsync();
        await this.RegisterOrUpdateReminder(ResumeReminder, settings.ResumeCheckPeriod, settings.ResumeCheckPeriod);
        await DispatchAsync("started");
        return Snapshot();
    }

    public async Task<JobSnapshot> GetStatus()
    {
        EnsureExists();
        await ResumeIfSilentAsync();
        return Snapshot();
    }

    public Task<JobResult> GetResult()
    {
        EnsureExists();
        return Task.FromResult(new JobResult(Snapshot(), State.PlanJson, State.Request!.UnitJson, State.Request.Demand));
    }

    public async Task<JobSnapshot> Cancel()
    {
        EnsureExists();
        if (State.IsFinished || State.CancelRequested)
            return Snapshot();
        State.CancelRequested = true;
        await WriteAsync();
        var stoppedHere = await GrainFactory.GetGrain<ISolverWorkerGrain>(0).Cancel(JobId);
        // Nobody is solving it (or only a worker elsewhere that will be told on its next report): end it now.
        if (!stoppedHere && State.State == JobState.Queued)
            await FinishAsync(JobState.Cancelled, "cancelled before the solve started", null);
        return Snapshot();
    }

    public async Task<JobSnapshot> Subscribe(IJobObserver observer)
    {
        EnsureExists();
        observers.Subscribe(observer, observer);
        await ResumeIfSilentAsync();
        return Snapshot();
    }

    public Task Unsubscribe(IJobObserver observer)
    {
        observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    public async Task<JobDirective> ReportStarted(int attempt, string silo)
    {
        if (!IsCurrent(attempt))
            return JobDirective.Stop;
        if (State.CancelRequested)
        {
            await FinishAsync(JobState.Cancelled, "cancelled before the solve started", null);
            return JobDirective.Stop;
        }
        State.State = JobState.Solving;
        State.Silo = silo;
        await WriteAsync();
        await NotifyAsync(null);
        return JobDirective.Continue;
    }

    public async Task<JobDirective> ReportProgress(int attempt, JobProgress progress)
    {
        if (!IsCurrent(attempt))
            return JobDirective.Stop;
        State.ObjectiveNok = progress.ObjectiveNok;
        (State.BoundNok, State.Gap) = BoundAndGap(progress.BoundNok, progress.Gap);
        State.SolverTime = progress.WallTime;
        State.Solutions = progress.SolutionNumber;
        State.PlanJson = progress.PlanJson;
        NextSequence();
        progressUnsaved = true;
        await SaveProgressWhenDueAsync();
        await NotifyAsync(progress.PlanJson);
        return State.CancelRequested ? JobDirective.Stop : JobDirective.Continue;
    }

    public async Task<JobDirective> ReportHeartbeat(int attempt)
    {
        if (!IsCurrent(attempt))
            return JobDirective.Stop;
        if (State.CancelRequested && State.State == JobState.Queued)
        {
            await FinishAsync(JobState.Cancelled, "cancelled before the solve started", null);
            return JobDirective.Stop;
        }
        // The last improvement before a quiet spell is stored here, so a resumed job starts from it.
        await SaveProgressWhenDueAsync();
        return State.CancelRequested ? JobDirective.Stop : JobDirective.Continue;
    }

    /// <summary>Progress is stored at most every ProgressPersistInterval: a write per improvement would load the storage.</summary>
    private async Task SaveProgressWhenDueAsync()
    {
        if (!progressUnsaved || DateTime.UtcNow - lastProgressWrite < settings.ProgressPersistInterval)
            return;
        lastProgressWrite = DateTime.UtcNow;
        progressUnsaved = false;
        await job.WriteStateAsync();
    }

    public async Task ReportFinished(int attempt, SolveFinish finish)
    {
        if (!IsCurrent(attempt))
            return;
        var outcome = finish.Outcome;
        if (finish.PlanJson is { } planJson && finish.Figures is { } figures)
        {
            var stored = await GrainFactory.GetGrain<IUnitGrain>(State.Request!.UnitId)
                .AddPlanVersion(new NewPlanVersion(JobId, State.Request.DefinitionVersion, planJson, figures));
            outcome = outcome with { PlanVersion = stored.Version };
            State.PlanJson = planJson;
        }
        else if (outcome.ObjectiveNok is null)
        {
            State.PlanJson = null;
        }
        State.ObjectiveNok = outcome.ObjectiveNok;
        (State.BoundNok, State.Gap) = BoundAndGap(outcome.BoundNok, outcome.Gap);
        State.SolverTime = outcome.WallTime;
        State.Solutions = outcome.ImprovingSolutions;
        var final = State.CancelRequested ? JobState.Cancelled : JobState.Done;
        await FinishAsync(final, State.CancelRequested ? "cancelled; the best plan found so far is kept" : null, outcome);
    }

    /// <summary>The bound is computed beside the search: until it exists, a job has no bound and no gap (not 0 and 100 %).</summary>
    private static (double? Bound, double? Gap) BoundAndGap(double bound, double? gap) => bound > 0 ? (bound, gap) : (null, null);

    public async Task ReportFailed(int attempt, string reason)
    {
        if (IsCurrent(attempt))
            await FinishAsync(JobState.Failed, reason, null);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (State.Request is null || State.IsFinished)
        {
            await StopReminderAsync();
            return;
        }
        await ResumeIfSilentAsync();
    }

    private async Task ResumeIfSilentAsync()
    {
        if (State.IsFinished || (attemptRunningHere is not null && DateTime.UtcNow - lastWorkerContact < settings.WorkerSilenceLimit))
            return;
        if (State.CancelRequested)
            await FinishAsync(JobState.Cancelled, "cancelled; its solver was lost", null);
        else
            await DispatchAsync(attemptRunningHere is null ? "resumed" : "worker silent; solving again");
    }

    private async Task DispatchAsync(string why)
    {
        if (State.Attempt >= settings.MaxAttempts)
        {
            await FinishAsync(JobState.Failed, $"gave up after {State.Attempt} attempts: the solver was lost each time", null);
            return;
        }
        State.Attempt++;
        State.State = JobState.Queued;
        State.Silo = null;
        await WriteAsync();
        attemptRunningHere = State.Attempt;
        lastWorkerContact = DateTime.UtcNow;
        logger.LogInformation("Job {JobId} attempt {Attempt}: {Why}", JobId, State.Attempt, why);
        await GrainFactory.GetGrain<ISolverWorkerGrain>(0).Start(new SolveAssignment(JobId, State.Attempt, State.Request!, State.PlanJson));
        await NotifyAsync(null);
    }

    private async Task FinishAsync(JobState final, string? reason, SolveOutcome? outcome)
    {
        State.State = final;
        State.Reason = reason;
        State.Outcome = outcome;
        State.FinishedAt = DateTimeOffset.UtcNow;
        attemptRunningHere = null;
        await WriteAsync();
        await NotifyAsync(null);
        await StopReminderAsync();
        if (State.Request?.PortfolioId is { } portfolioId)
            await GrainFactory.GetGrain<IPortfolioGrain>(portfolioId).JobFinished(Snapshot());
    }

    private bool IsCurrent(int attempt)
    {
        if (State.Request is null || State.IsFinished || attempt != State.Attempt)
            return false;
        lastWorkerContact = DateTime.UtcNow;
        attemptRunningHere ??= attempt;
        return true;
    }

    private async Task StopReminderAsync()
    {
        if (await this.GetReminder(ResumeReminder) is { } reminder)
            await this.UnregisterReminder(reminder);
    }

    /// <summary>
    /// Grows with every change, also across activations: progress between two writes is not stored, so a new
    /// activation continues from the clock rather than from the last stored number a client may already have passed.
    /// </summary>
    private void NextSequence() => State.Sequence = Math.Max(State.Sequence + 1, DateTime.UtcNow.Ticks);

    private async Task WriteAsync()
    {
        NextSequence();
        lastProgressWrite = DateTime.UtcNow;
        progressUnsaved = false;
        await job.WriteStateAsync();
    }

    /// <summary>Observer calls are one-way, so this never waits on a client; a dead observer is dropped.</summary>
    private Task NotifyAsync(string? planJson)
    {
        var update = new JobUpdate(Snapshot(), planJson);
        return observers.Notify(observer => observer.OnJobChanged(update));
    }

    private JobSnapshot Snapshot() => State.Snapshot(JobId);

    private void EnsureExists()
    {
        if (State.Request is null)
            throw new KeyNotFoundException($"there is no planning job '{JobId}'");
    }
}
