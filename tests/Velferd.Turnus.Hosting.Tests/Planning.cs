using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Grains.Abstractions.Jobs;
using Velferd.Turnus.Grains.Abstractions.Units;
using Velferd.Turnus.Hosting.Client;
using Velferd.Turnus.Solver.Turnus;

namespace Velferd.Turnus.Hosting.Tests;

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

    public static async Task<JobResult> FollowAsync(IGrainFactory grains, string jobId)
    {
        using var patience = new CancellationTokenSource(Patience);
        return await JobFollower.FollowAsync(grains, jobId, null, patience.Token, TimeSpan.FromMilliseconds(500));
    }

    /// <summary>The rebuilt result, its plan judged again by the plan checker: legal, with no breach.</summary>
    public static TurnusResult LegalResult(JobResult job)
    {
        Assert.Equal(JobState.Done, job.Snapshot.State);
        var result = TurnusResults.FromJob(job);
        Assert.NotNull(result.Plan);
        var check = PlanChecker.Check(TurnusResults.ReadUnit(job), result.Plan);
        Assert.True(check.IsLegal, string.Join(Environment.NewLine, check.Breaches));
        return result;
    }
}
