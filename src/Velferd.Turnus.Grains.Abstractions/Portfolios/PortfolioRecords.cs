using Velferd.Turnus.Grains.Abstractions.Jobs;
using Velferd.Turnus.Grains.Abstractions.Units;

namespace Velferd.Turnus.Grains.Abstractions.Portfolios;

[GenerateSerializer, Immutable, Alias("Velferd.Turnus.PortfolioView")]
public sealed record PortfolioView(string PortfolioId, IReadOnlyList<string> UnitIds, PortfolioRun? LastRun);

/// <summary>One "plan them all": the job of each unit and how many have finished.</summary>
[GenerateSerializer, Immutable, Alias("Velferd.Turnus.PortfolioRun")]
public sealed record PortfolioRun(string RunId, DateTimeOffset StartedAt, PlanSettings Settings, IReadOnlyList<PortfolioJob> Jobs)
{
    public int Finished => Jobs.Count(job => job.FinalState is not null);

    public bool IsFinished => Jobs.All(job => job.FinalState is not null);
}

/// <summary>A unit's job in a run; <see cref="FinalState"/> is set when the job has finished, <see cref="Error"/> when it could not start.</summary>
[GenerateSerializer, Immutable, Alias("Velferd.Turnus.PortfolioJob")]
public sealed record PortfolioJob(string UnitId, string? JobId, JobState? FinalState, string? Error);

/// <summary>KPIs and cost of the latest plan of each unit, and the totals.</summary>
[GenerateSerializer, Immutable, Alias("Velferd.Turnus.PortfolioRollup")]
public sealed record PortfolioRollup(string PortfolioId, IReadOnlyList<UnitRollup> Units, RollupTotals Totals);

[GenerateSerializer, Immutable, Alias("Velferd.Turnus.UnitRollup")]
public sealed record UnitRollup(string UnitId, string? Name, PlanVersionSummary? LatestPlan);

/// <summary>Sums over the units that have a plan; shares are weighted by staff (heltid) and by demand (coverage).</summary>
[GenerateSerializer, Immutable, Alias("Velferd.Turnus.RollupTotals")]
public sealed record RollupTotals(
    int Units,
    int UnitsWithPlan,
    int StaffCount,
    int FullTimeCount,
    double HeltidShare,
    double FullTimeEquivalents,
    int Helgestillinger,
    int Breaches,
    double UncoveredStaffHoursPerWeek,
    WeeklyCost CostPerWeek)
{
    public double CostPerYear => CostPerWeek.Total * 52;
}
