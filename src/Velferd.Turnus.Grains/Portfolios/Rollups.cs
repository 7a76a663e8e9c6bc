using Velferd.Turnus.Grains.Abstractions.Portfolios;
using Velferd.Turnus.Grains.Abstractions.Units;

namespace Velferd.Turnus.Grains.Portfolios;

/// <summary>Adds up the latest plans of a portfolio's units.</summary>
public static class Rollups
{
    public static RollupTotals Totals(IReadOnlyList<UnitRollup> units)
    {
        var figures = units.Select(unit => unit.LatestPlan?.Figures).OfType<PlanFigures>().ToList();
        var staff = figures.Sum(plan => plan.StaffCount);
        var fullTime = figures.Sum(plan => plan.FullTimeCount);
        return new RollupTotals(
            units.Count,
            figures.Count,
            staff,
            fullTime,
            staff == 0 ? 0 : (double)fullTime / staff,
            figures.Sum(plan => plan.FullTimeEquivalents),
            figures.Sum(plan => plan.Helgestillinger),
            figures.Sum(plan => plan.Breaches),
            figures.Sum(plan => plan.UncoveredStaffHoursPerWeek),
            figures.Aggregate(WeeklyCost.Zero, (total, plan) => total.Plus(plan.CostPerWeek)));
    }
}
