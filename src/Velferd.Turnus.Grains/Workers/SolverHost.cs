using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Velferd.Turnus.Grains.Abstractions.Workers;

namespace Velferd.Turnus.Grains.Workers;

/// <summary>
/// A silo's solver: a queue in front of a fixed number of slots, each solve on a thread of its own (never on an
/// Orleans scheduler thread). When the silo shuts down, running solves stop without reporting, so their jobs are
/// resumed on a live silo rather than marked done with half a search.
/// </summary>
public sealed class SolverHost(IGrainFactory grains, IOptions<GrainOptions> options, ILogger<SolverHost> logger) : IHostedService, IDisposable
{
    private readonly GrainOptions settings = options.Value;
    private readonly SemaphoreSlim slots = new(Math.Max(1, options.Value.SolverSlots));
    private readonly ConcurrentDictionary<string, SolveRun> runs = new();
    private readonly CancellationTokenSource stopping = new();
    private int running;

    public void Enqueue(SolveAssignment assignment, string silo)
    {
        var run = new SolveRun(assignment, silo, grains, settings, slots, stopping.Token, logger);
        if (runs.TryGetValue(assignment.JobId, out var older))
            older.Cancel();
        runs[assignment.JobId] = run;
        // Task.Run leaves the grain's scheduler: the run waits for a slot and solves on the default scheduler.
        _ = Task.Run(async () =>
        {
            try
            {
                await run.ExecuteAsync(() => Interlocked.Increment(ref running), () => Interlocked.Decrement(ref running));
            }
            finally
            {
                runs.TryRemove(new KeyValuePair<string, SolveRun>(assignment.JobId, run));
            }
        });
    }

    /// <summary>
    /// Runs other CPU-heavy work (a district's TØRN solve) in one of the same slots as the planning jobs, on a thread
    /// of its own, so one bound keeps the silo's cores from being oversubscribed. Stops waiting when the silo stops.
    /// </summary>
    public async Task<T> RunInSlotAsync<T>(Func<CancellationToken, T> work, CancellationToken cancellationToken = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token, cancellationToken);
        await slots.WaitAsync(linked.Token);
        Interlocked.Increment(ref running);
        try
        {
            var token = linked.Token;
            var result = await Task.Factory.StartNew(() => work(token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            // A search cut short by the silo stopping is not a result.
            token.ThrowIfCancellationRequested();
            return result;
        }
        finally
        {
            Interlocked.Decrement(ref running);
            slots.Release();
        }
    }

    public bool Cancel(string jobId)
    {
        if (!runs.TryGetValue(jobId, out var run))
            return false;
        run.Cancel();
        return true;
    }

    public SolverLoad Load(string silo)
    {
        var active = Volatile.Read(ref running);
        return new SolverLoad(silo, settings.SolverSlots, active, Math.Max(0, runs.Count - active));
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        var pending = runs.Values.Select(run => run.Completion).ToArray();
        await Task.WhenAny(Task.WhenAll(pending), Task.Delay(TimeSpan.FromSeconds(10), cancellationToken));
    }

    public void Dispose()
    {
        stopping.Dispose();
        slots.Dispose();
    }
}
