using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Solver.Modelling;
using Velferd.Turnus.Solver.Turnus;
using Velferd.Turnus.Solver.Turnus.Columns;
using Xunit.Abstractions;

namespace Velferd.Turnus.Solver.Tests.Turnus;

/// <summary>
/// The column generation opens at the compact LP's duals (CompactPrices): there, with every pricing solved exactly, the
/// Lagrangian bound is at least the compact LP's optimum (the pricers solve whole what the LP relaxed) and at most the
/// best plan (it is a bound). Each pricing brackets its cheapest rotation, closely once proved.
/// </summary>
public sealed class CompactPricesTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    public void The_lagrangian_bound_at_the_compact_prices_lies_between_the_compact_lp_and_the_best_plan(int seed)
    {
        var (unit, options) = RandomUnits.Read(seed);
        var solve = CheckedSolve.Of(unit, options);
        solve.AssertEveryPlanLegal();
        var demand = DemandEngine.Build(unit);
        var groups = PricingGroup.Of(PlannedPerson.From(unit, options));
        var pricers = groups.Select(group => new RotationPricer(unit, demand, options, group)).ToList();
        var coverage = new MasterCoverage(unit, demand, options);
        using var master = new RotationMaster(coverage, groups, unit.Shifts, options.Weights);
        using var lagrangian = new CoverageLagrangian(coverage);
        var limit = TimeSpan.FromSeconds(60);

        var (prices, compact) = CompactPrices.Solve(coverage, pricers, master.Fairness, limit)!.Value;
        var bound = lagrangian.Value(prices.Shift, limit) + master.Fairness.LagrangianShare(prices);
        foreach (var pricer in pricers)
        {
            var at = new GroupPrices(prices, pricer.Group, master.Fairness, unit.Shifts);
            var priced = pricer.Price(at.Shift, at.Weekend, new SolveOptions(limit, 1, Seed: 1), new CpSatRunner(), default);
            Assert.True(priced.Optimal, $"group {pricer.Group.Index} not priced to optimality");
            var cheapest = priced.Columns.Min(column => column.Cost + at.Of(column));
            Assert.InRange(cheapest, priced.LowerBound - 0.01, priced.BestFound + 0.01); // the bracket holds the cheapest rotation found
            Assert.True(priced.BestFound - priced.LowerBound <= 5, $"group {pricer.Group.Index}: proved, yet bracketed {priced.LowerBound:0.0}–{priced.BestFound:0.0} øre");
            bound += pricer.Group.Count * priced.LowerBound;
        }

        output.WriteLine($"seed {seed}: compact LP {compact / 100:0.00} kr, Lagrangian at its duals {bound / 100:0.00} kr, plan {solve.Result.ObjectiveNok:0.00} kr");
        Assert.True(bound >= compact - 100, $"Lagrangian {bound / 100:0.00} kr below the compact LP {compact / 100:0.00} kr");
        Assert.True(bound / 100 <= solve.Result.ObjectiveNok!.Value + 0.01, $"Lagrangian {bound / 100:0.00} kr above the plan {solve.Result.ObjectiveNok:0.00} kr");
    }
}
