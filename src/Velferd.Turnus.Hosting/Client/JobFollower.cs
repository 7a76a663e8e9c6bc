using Velferd.Turnus.Grains.Abstractions.Jobs;

namespace Velferd.Turnus.Hosting.Client;

/// <summary>
/// Follows a planning job from a client until it finishes: every change arrives through a grain observer, and
/// every few seconds the follower renews its subscription, which also reaches the job again after its silo was
/// lost (the job resumes on a live silo). Used by `turnus plan`, `turnus jobs attach` and the portfolio view.
/// </summary>
public static class JobFollower
{
    public static readonly TimeSpan DefaultRenewal = TimeSpan.FromSeconds(2);

    /// <summary>Returns the finished job with its plan. Cancelling <paramref name="cancellation"/> stops following, not the job.</summary>
    public static async Task<JobResult> FollowAsync(
        IGrainFactory grains, string jobId, Action<JobUpdate>? onUpdate, CancellationToken cancellation = default, TimeSpan? renewal = null)
    {
        var job = grains.GetGrain<IPlanningJobGrain>(jobId);
        var observer = new JobObserver();
        var reference = grains.CreateObjectReference<IJobObserver>(observer);
        var newest = -1L;
        JobSnapshot? latest = null;

        void Offer(JobUpdate update)
        {
            // An older or repeated snapshot is dropped; the end of the job never is.
            if (update.Snapshot.Sequence <= newest && !update.Snapshot.IsFinished)
                return;
            newest = Math.Max(newest, update.Snapshot.Sequence);
            latest = update.Snapshot;
            onUpdate?.Invoke(update);
        }

        try
        {
            Offer(new JobUpdate(await job.Subscribe(reference), null));
            while (latest is not { IsFinished: true })
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
                wait.CancelAfter(renewal ?? DefaultRenewal);
                try
                {
                    Offer(await observer.Updates.ReadAsync(wait.Token));
                }
                catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
                {
                    await RenewAsync(job, reference, Offer);
                }
            }
            return await job.GetResult();
        }
        finally
        {
            await ForgetAsync(grains, job, reference);
        }
    }

    private static async Task RenewAsync(IPlanningJobGrain job, IJobObserver reference, Action<JobUpdate> offer)
    {
        try
        {
            offer(new JobUpdate(await job.Subscribe(reference), null));
        }
        catch (Exception error) when (error is not KeyNotFoundException)
        {
            // The job's silo is going away; the next renewal reaches it on a live silo.
        }
    }

    private static async Task ForgetAsync(IGrainFactory grains, IPlanningJobGrain job, IJobObserver reference)
    {
        try
        {
            await job.Unsubscribe(reference).WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception)
        {
            // Best effort: an observer that is not renewed expires by itself.
        }
        grains.DeleteObjectReference<IJobObserver>(reference);
    }
}
