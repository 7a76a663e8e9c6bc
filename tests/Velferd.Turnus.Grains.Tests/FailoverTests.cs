using Orleans.Runtime;
using Velferd.Turnus.Grains.Abstractions.Jobs;
using Velferd.Turnus.Grains.Abstractions.Portfolios;
using Velferd.Turnus.Tests.Shared;

namespace Velferd.Turnus.Grains.Tests;

/// <summary>Its own two-silo cluster: the test kills the silo that is solving.</summary>
public sealed class FailoverCluster : ClusterFixture;

[Collection(ClusterCollection.Name)]
public sealed class FailoverTests(FailoverCluster fixture) : IClassFixture<FailoverCluster>
{
    [Fact]
    public async Task A_job_whose_silo_is_killed_while_solving_resumes_on_a_live_silo_and_completes_with_a_legal_plan()
    {
        await EnsureTwoSilosAsync();
        var unit = await Planning.DefineAsync(fixture.Client, "middels-failover", TestUnitFiles.Json("middels-failover", employees: 6, weeks: 4));
        var portfolio = fixture.Client.GetGrain<IPortfolioGrain>("failover-distrikt");
        await portfolio.AddUnits(["middels-failover"]);
        var jobId = (await portfolio.PlanAll(Planning.Quick(6))).Jobs.Single().JobId!;
        var job = fixture.Client.GetGrain<IPlanningJobGrain>(jobId);
        var solving = await Planning.WaitForAsync(job, snapshot => snapshot.State == JobState.Solving);
        var killed = SiloOf(job.GetGrainId());
        Assert.Equal(1, solving.Attempt);

        await fixture.Cluster.KillSiloAsync(fixture.Cluster.GetSiloForAddress(killed)!);
        // Nobody asks the job anything now: its reminder wakes it on the live silo, and it tells its portfolio when done.
        await WaitUntilThePortfolioHearsAsync(portfolio);
        var finished = await Planning.FollowAsync(fixture.Client, jobId);

        Assert.Equal(JobState.Done, finished.Snapshot.State);
        Assert.True(finished.Snapshot.Attempt >= 2);
        Assert.NotEqual(killed, SiloOf(job.GetGrainId()));
        var result = Planning.Rebuild(finished);
        Assert.NotNull(result.Plan);
        Assert.Empty(result.Check!.Breaches);
        var stored = await unit.GetPlan(0);
        Assert.Equal(jobId, stored!.Summary.JobId);
    }

    [Fact]
    public async Task A_client_following_a_job_through_the_loss_of_its_silo_sees_it_finish()
    {
        await EnsureTwoSilosAsync();
        var unit = await Planning.DefineAsync(fixture.Client, "middels-folger", TestUnitFiles.Json("middels-folger", employees: 6, weeks: 4));
        var jobId = (await unit.StartPlanning(Planning.Quick(6), null)).JobId;
        var job = fixture.Client.GetGrain<IPlanningJobGrain>(jobId);
        await Planning.WaitForAsync(job, snapshot => snapshot.State == JobState.Solving && snapshot.Solutions > 0);
        var seen = new List<JobUpdate>();
        var following = Planning.FollowAsync(fixture.Client, jobId, seen);

        await fixture.Cluster.KillSiloAsync(fixture.Cluster.GetSiloForAddress(SiloOf(job.GetGrainId()))!);
        var finished = await following;

        Assert.Equal(JobState.Done, finished.Snapshot.State);
        Assert.True(finished.Snapshot.Attempt >= 2);
        Assert.Contains(seen, update => update.Snapshot.Attempt >= 2);
        Assert.NotNull(Planning.Rebuild(finished).Plan);
    }

    /// <summary>The tests share one cluster and each kills a silo: the next one starts with two again.</summary>
    private async Task EnsureTwoSilosAsync()
    {
        if (fixture.Cluster.GetActiveSilos().Count() < 2)
            await fixture.Cluster.StartSilosAsync(1);
    }

    private SiloAddress SiloOf(GrainId grain)
    {
        Assert.True(fixture.Cluster.TryGetGrainContext(grain, out var context), "the job has no activation");
        return context!.Address.SiloAddress!;
    }

    private static async Task WaitUntilThePortfolioHearsAsync(IPortfolioGrain portfolio)
    {
        var deadline = DateTime.UtcNow + Planning.Patience;
        while (true)
        {
            try
            {
                if ((await portfolio.GetView()).LastRun is { IsFinished: true })
                    return;
            }
            catch (Exception error) when (error is not Xunit.Sdk.XunitException)
            {
                // The portfolio, or the client's gateway, was on the killed silo until the cluster noticed.
            }
            Assert.True(DateTime.UtcNow < deadline, "the job of the killed silo never finished");
            await Task.Delay(250);
        }
    }
}
