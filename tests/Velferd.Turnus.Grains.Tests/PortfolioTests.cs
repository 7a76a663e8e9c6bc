using Velferd.Turnus.Grains.Abstractions.Jobs;
using Velferd.Turnus.Grains.Abstractions.Portfolios;
using Velferd.Turnus.Tests.Shared;

namespace Velferd.Turnus.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class PortfolioTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_portfolio_plans_all_its_units_in_parallel_and_rolls_up_their_plans()
    {
        var unitIds = Enumerable.Range(1, 4).Select(number => $"distrikt-enhet-{number}").ToList();
        foreach (var (unitId, index) in unitIds.Select((unitId, index) => (unitId, index)))
            await Planning.DefineAsync(fixture.Client, unitId, TestUnitFiles.Json(unitId, dayHours: 18 + index, eveningHours: 12 + index));
        var portfolio = fixture.Client.GetGrain<IPortfolioGrain>("distrikt-nord");
        await portfolio.AddUnits([.. unitIds, "ikke-definert"]);

        var run = await portfolio.PlanAll(Planning.Quick());
        var jobs = await Task.WhenAll(run.Jobs.Where(job => job.JobId is not null).Select(job => Planning.FollowAsync(fixture.Client, job.JobId!)));

        Assert.Equal(unitIds.Order(), jobs.Select(job => job.Snapshot.UnitId).Order());
        Assert.All(jobs, job => Assert.Equal(JobState.Done, job.Snapshot.State));
        Assert.All(jobs, job => Assert.NotNull(Planning.Rebuild(job).Plan));
        var undefined = Assert.Single(run.Jobs, job => job.UnitId == "ikke-definert");
        Assert.Equal(JobState.Failed, undefined.FinalState);
        Assert.Contains("ikke-definert", undefined.Error);

        var view = await WaitForRunAsync(portfolio);
        Assert.All(view.LastRun!.Jobs.Where(job => job.JobId is not null), job => Assert.Equal(JobState.Done, job.FinalState));
        var rollup = await portfolio.GetRollup();
        Assert.Equal(5, rollup.Totals.Units);
        Assert.Equal(4, rollup.Totals.UnitsWithPlan);
        var plans = rollup.Units.Select(unit => unit.LatestPlan).OfType<Velferd.Turnus.Grains.Abstractions.Units.PlanVersionSummary>().ToList();
        Assert.Equal(plans.Sum(plan => plan.Figures.StaffCount), rollup.Totals.StaffCount);
        Assert.Equal(plans.Sum(plan => plan.Figures.CostPerWeek.Total), rollup.Totals.CostPerWeek.Total, 6);
        Assert.Equal(0, rollup.Totals.Breaches);
        Assert.Equal(jobs.Select(job => job.Snapshot.JobId).Order(), plans.Select(plan => plan.JobId).Order());
    }

    private static async Task<PortfolioView> WaitForRunAsync(IPortfolioGrain portfolio)
    {
        var deadline = DateTime.UtcNow + Planning.Patience;
        while (true)
        {
            var view = await portfolio.GetView();
            if (view.LastRun is { IsFinished: true })
                return view;
            Assert.True(DateTime.UtcNow < deadline, "the portfolio never heard that all its jobs finished");
            await Task.Delay(100);
        }
    }
}
