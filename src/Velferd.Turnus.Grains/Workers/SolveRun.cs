using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.FileFormats.Plans;
using Velferd.Turnus.FileFormats.Units;
using Velferd.Turnus.Grains.Abstractions.Jobs;
using Velferd.Turnus.Grains.Abstractions.Workers;
using Velferd.Turnus.Grains.Solving;
using Velferd.Turnus.Solver.Turnus;

namespace Velferd.Turnus.Grains.Workers;

/// <summary>
/// One attempt at a job: waits for a slot (telling the job it is alive), solves on a dedicated thread, sends the
/// newest improving plan at most once per progress interval, stops when the job says so, and reports the result.
/// </summary>
internal sealed class SolveRun(
    SolveAssignment assignment, string silo, IGrainFactory grains, GrainOptions options, SemaphoreSlim slots,
    CancellationToken siloStopping, ILogger logger)
{
    private readonly CancellationTokenSource cancellation = CancellationTokenSource.CreateLinkedTokenSource(siloStopping);
    private readonly TaskCompletionSource completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly IPlanningJobGrain job = grains.GetGrain<IPlanningJobGrain>(assignment.JobId);
    private DateTime lastContact = DateTime.UtcNow;

    public Task Completion => completion.Task;

    public void Cancel()
    {
        try
        {
            cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Already finished.
        }
    }

    public async Task ExecuteAsync(Action started, Action ended)
    {
        try
        {
            if (!await WaitForSlotAsync())
                return;
            started();
            try
            {
                await SolveAsync();
            }
            finally
            {
                ended();
                slots.Release();
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested && !siloStopping.IsCancellationRequested)
        {
            // Cancelled while waiting for a slot: nothing was searched.
            await TryAsync(() => job.ReportFinished(assignment.Attempt, new SolveFinish(NothingSearched, null, null)));
        }
        catch (Exception error) when (!siloStopping.IsCancellationRequested)
        {
            logger.LogError(error, "Solve of job {JobId} attempt {Attempt} failed", assignment.JobId, assignment.Attempt);
            await TryAsync(() => job.ReportFailed(assignment.Attempt, $"{error.GetType().Name}: {error.Message}"));
        }
        catch (Exception error)
        {
            logger.LogInformation(error, "Solve of job {JobId} stopped with the silo; it resumes elsewhere", assignment.JobId);
        }
        finally
        {
            cancellation.Dispose();
            completion.TrySetResult();
        }
    }

    private async Task<bool> WaitForSlotAsync()
    {
        while (!await slots.WaitAsync(options.HeartbeatInterval, cancellation.Token))
        {
            if (await HeartbeatAsync() == JobDirective.Stop)
                return false;
        }
        return true;
    }

    private async Task<JobDirective> HeartbeatAsync()
    {
        try
        {
            return await job.ReportHeartbeat(assignment.Attempt);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogWarning(error, "Heartbeat for job {JobId} failed; waiting on", assignment.JobId);
            return JobDirective.Continue;
        }
    }

    private async Task SolveAsync()
    {
        if (await job.ReportStarted(assignment.Attempt, silo) == JobDirective.Stop)
            return;
        var read = UnitFileReader.Parse(assignment.Request.UnitJson, assignment.Request.UnitId + ".json");
        if (read.Unit is not { } unit)
        {
            await job.ReportFailed(assignment.Attempt, "the stored unit file is no longer valid: " + string.Join("; ", read.Errors.Select(issue => issue.ToString())));
            return;
        }
        var planOptions = assignment.Request.Settings.ToPlanOptions(options.SearchWorkers(assignment.Request.Settings.SearchWorkers)) with
        {
            StartPlan = StartPlan(unit),
        };
        var demand = assignment.Request.Demand is { } received ? PlanningDemands.ToCurve(received) : DemandEngine.Build(unit);
        var improvements = Channel.CreateBounded<TurnusProgress>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });

        // CP-SAT runs on a thread of its own for the whole search; the loop below only talks to the job.
        var solve = Task.Factory.StartNew(
            () => TurnusSolver.Solve(unit, demand, planOptions, progress => improvements.Writer.TryWrite(progress), cancellation.Token),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        while (!solve.IsCompleted)
        {
            await Task.WhenAny(solve, Task.Delay(options.ProgressInterval));
            if (solve.IsCompleted)
                break;
            var directive = await ReportAsync(improvements.Reader);
            if (directive == JobDirective.Stop)
                Cancel();
        }
        var result = await solve;
        if (siloStopping.IsCancellationRequested)
            return;
        var finish = await Task.Run(() => SolveOutcomes.Finish(unit, result, assignment.JobId, demand));
        await ReportFinishedAsync(finish);
    }

    /// <summary>
    /// A resumed job goes on from the plan its lost attempt stored, else from the plan it was given; the solver checks that
    /// the plan still fits. One that no longer reads (the unit changed) is logged and passed over.
    /// </summary>
    private Domain.Planning.Plan? StartPlan(Domain.Units.Unit unit)
    {
        foreach (var (json, what) in new[] { (assignment.StartPlanJson, "stored plan"), (assignment.Request.Settings.StartPlanJson, "start plan") })
        {
            if (json is null)
                continue;
            var read = PlanFile.Parse(json, $"job {assignment.JobId} {what}", unit);
            if (read.Plan is { } plan)
                return plan;
            logger.LogWarning("Job {JobId}: its {What} no longer reads against the unit ({Issues}); passed over", assignment.JobId, what,
                string.Join("; ", read.Issues.Select(issue => issue.ToString())));
        }
        return null;
    }

    private static readonly SolveOutcome NothingSearched = new("Unknown", null, 0, null, TimeSpan.Zero, null, null, 0, null, 0, null,
        new SolveModelSize(0, 0, 0, 0, 0, 0));

    /// <summary>The result is worth a few tries: without it the job would solve again from the start.</summary>
    private async Task ReportFinishedAsync(SolveFinish finish)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await job.ReportFinished(assignment.Attempt, finish);
                return;
            }
            catch (Exception error) when (attempt < 5 && !siloStopping.IsCancellationRequested)
            {
                logger.LogWarning(error, "Reporting the result of job {JobId} failed (try {Try}); trying again", assignment.JobId, attempt);
                await Task.Delay(TimeSpan.FromSeconds(attempt), siloStopping);
            }
        }
    }

    /// <summary>A report that fails (a job moving between silos) must not end the search: the next one tries again.</summary>
    private async Task<JobDirective> ReportAsync(ChannelReader<TurnusProgress> improvements)
    {
        try
        {
            return await SendNewestAsync(improvements);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogWarning(error, "Progress report for job {JobId} failed; the search goes on", assignment.JobId);
            return JobDirective.Continue;
        }
    }

    private async Task<JobDirective> SendNewestAsync(ChannelReader<TurnusProgress> improvements)
    {
        TurnusProgress? newest = null;
        while (improvements.TryRead(out var progress))
            newest = progress;
        if (newest is not null)
        {
            lastContact = DateTime.UtcNow;
            var planJson = SolveOutcomes.ProgressPlanJson(newest.Plan, newest);
            return await job.ReportProgress(assignment.Attempt,
                new JobProgress(newest.ObjectiveNok, newest.BoundNok, newest.Gap, newest.WallTime, newest.SolutionNumber, planJson));
        }
        if (DateTime.UtcNow - lastContact < options.HeartbeatInterval)
            return JobDirective.Continue;
        lastContact = DateTime.UtcNow;
        return await job.ReportHeartbeat(assignment.Attempt);
    }

    private async Task TryAsync(Func<Task> report)
    {
        try
        {
            await report();
        }
        catch (Exception error)
        {
            logger.LogWarning(error, "Could not report to job {JobId}; it will resume by itself", assignment.JobId);
        }
    }
}
