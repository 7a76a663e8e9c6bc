using Velferd.Turnus.Grains.Abstractions.Jobs;
using Velferd.Turnus.Grains.Abstractions.Portfolios;
using Velferd.Turnus.Grains.Abstractions.Units;

namespace Velferd.Turnus.Grains.Portfolios;

/// <summary>
/// A municipality or district: its units, the last "plan them all" run (one job per unit, spread over the
/// cluster by the jobs' placement) and the roll-up of the units' latest plans.
/// </summary>
public sealed class PortfolioGrain(
    [PersistentState("portfolio", TurnusStorage.Name)] IPersistentState<PortfolioRecord> portfolio) : Grain, IPortfolioGrain
{
    private PortfolioRecord State => portfolio.State;

    private string PortfolioId => this.GetPrimaryKeyString();

    public async Task<PortfolioView> AddUnits(IReadOnlyList<string> unitIds)
    {
        foreach (var unitId in unitIds.Where(unitId => !State.UnitIds.Contains(unitId)))
            State.UnitIds.Add(unitId);
        await portfolio.WriteStateAsync();
        return View();
    }

    public async Task<PortfolioView> RemoveUnits(IReadOnlyList<string> unitIds)
    {
        State.UnitIds.RemoveAll(unitIds.Contains);
        await portfolio.WriteStateAsync();
        return View();
    }

    public Task<PortfolioView> GetView() => Task.FromResult(View());

    public async Task<PortfolioRun> PlanAll(PlanSettings settings)
    {
        var jobs = await Task.WhenAll(State.UnitIds.Select(unitId => StartAsync(unitId, settings)));
        State.LastRun = new PortfolioRun(Guid.NewGuid().ToString("N")[..12], DateTimeOffset.UtcNow, settings, jobs);
        await portfolio.WriteStateAsync();
        return State.LastRun;
    }

    public async Task<PortfolioRollup> GetRollup()
    {
        var units = await Task.WhenAll(State.UnitIds.Select(async unitId =>
        {
            var overview = await GrainFactory.GetGrain<IUnitGrain>(unitId).GetOverview();
            return new UnitRollup(unitId, overview?.Name, overview?.LatestPlan);
        }));
        return new PortfolioRollup(PortfolioId, units, Rollups.Totals(units));
    }

    public async Task JobFinished(JobSnapshot snapshot)
    {
        if (State.LastRun is not { } run || run.Jobs.All(job => job.JobId != snapshot.JobId))
            return;
        var jobs = run.Jobs.Select(job => job.JobId == snapshot.JobId ? job with { FinalState = snapshot.State } : job).ToList();
        State.LastRun = run with { Jobs = jobs };
        await portfolio.WriteStateAsync();
    }

    private async Task<PortfolioJob> StartAsync(string unitId, PlanSettings settings)
    {
        try
        {
            var snapshot = await GrainFactory.GetGrain<IUnitGrain>(unitId).StartPlanning(settings, PortfolioId);
            return new PortfolioJob(unitId, snapshot.JobId, snapshot.IsFinished ? snapshot.State : null, null);
        }
        catch (InvalidOperationException error)
        {
            return new PortfolioJob(unitId, null, JobState.Failed, error.Message);
        }
    }

    private PortfolioView View() => new(PortfolioId, State.UnitIds.ToList(), State.LastRun);
}
