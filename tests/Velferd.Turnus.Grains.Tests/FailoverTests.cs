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
        var unit = await Planning.DefineAsync(fixture.Client, "middels-failover", TestUnits.Json("middels-failover", employees: 6, weeks: 4));
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
            catch (Exception error) when (error is SiloUnavailableException or TimeoutException or OrleansMessageRejectionException)
            {
                // The portfolio lived on the killed silo until the cluster noticed.
            }
            Assert.True(DateTime.UtcNow < deadline, "the job of the killed silo never finished");
            await Task.Delay(250);
        }
    }
}
