using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Grains.Abstractions.Jobs;
using Velferd.Turnus.Grains.Abstractions.Units;
using Velferd.Turnus.Hosting.Client;
using Velferd.Turnus.Solver.Turnus;

namespace Velferd.Turnus.Tests.Shared;

/// <summary>What the grain and hosting tests do again and again: define a unit, plan it, follow the job, and judge the plan independently.</summary>
internal static class Planning
{
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);

    public static PlanSettings Quick(double seconds = 3) => new() { TimeLimitSeconds = seconds };

    public static async Task<IUnitGrain> DefineAsync(IGrainFactory grains, string unitId, string json)
    {
        var unit = grains.GetGrain<IUnitGrain>(unitId);
        var defined = await unit.Define(json, unitId + ".json");
        Assert.True(defined.Accepted, string.Join(Environment.NewLine, defined.Issues));
        return unit;
    }

    public static async Task<JobResult> FollowAsync(IGrainFactory grains, string jobId, List<JobUpdate>? seen = null)
    {
        using var patience = new CancellationTokenSource(Patience);
        return await JobFollower.FollowAsync(grains, jobId, update => seen?.Add(update), patience.Token, TimeSpan.FromMilliseconds(500));
    }

    /// <summary>The job's result rebuilt as a client sees it, with the plan re-checked by the plan checker.</summary>
    public static TurnusResult Rebuild(JobResult job)
    {
        var result = TurnusResults.FromJob(job);
        if (result.Plan is { } plan)
        {
            var check = PlanChecker.Check(TurnusResults.ReadUnit(job), plan);
            Assert.True(check.IsLegal, string.Join(Environment.NewLine, check.Breaches));
            Assert.Equal(check.Breaches.Count, result.Check!.Breaches.Count);
        }
        return result;
    }

    /// <summary>The rebuilt result of a finished job, its plan judged again by the plan checker: legal, with no breach.</summary>
    public static TurnusResult LegalResult(JobResult job)
    {
        Assert.Equal(JobState.Done, job.Snapshot.State);
        var result = Rebuild(job);
        Assert.NotNull(result.Plan);
        return result;
    }

    public static async Task<JobSnapshot> WaitForAsync(IPlanningJobGrain job, Func<JobSnapshot, bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var snapshot = await job.GetStatus();
            if (condition(snapshot))
                return snapshot;
            Assert.True(DateTime.UtcNow < deadline, $"job {snapshot.JobId} stayed {snapshot.State}");
            await Task.Delay(100);
        }
    }
}
