using Orleans.Concurrency;
using Velferd.Turnus.Grains.Abstractions.Jobs;

namespace Velferd.Turnus.Grains.Abstractions.Portfolios;

/// <summary>
/// A municipality or district: the units it holds, planning all of them in parallel across the cluster,
/// and the roll-up of their latest plans (KPIs and cost per unit and in total).
/// </summary>
[Alias("Velferd.Turnus.IPortfolioGrain")]
public interface IPortfolioGrain : IGrainWithStringKey
{
    [Alias("AddUnits")]
    Task<PortfolioView> AddUnits(IReadOnlyList<string> unitIds);

    [Alias("RemoveUnits")]
    Task<PortfolioView> RemoveUnits(IReadOnlyList<string> unitIds);

    [Alias("GetView")]
    Task<PortfolioView> GetView();

    /// <summary>Starts one planning job per unit (the units must be defined) and returns the run.</summary>
    [Alias("PlanAll")]
    Task<PortfolioRun> PlanAll(PlanSettings settings);

    [Alias("GetRollup")]
    Task<PortfolioRollup> GetRollup();

    /// <summary>Told by a job of this portfolio when it finishes.</summary>
    [OneWay, Alias("JobFinished")]
    Task JobFinished(JobSnapshot snapshot);
}
