using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Solver.Modelling;
using Velferd.Turnus.Solver.Turnus;
using Velferd.Turnus.Solver.Turnus.Columns;
using Xunit.Abstractions;

namespace Velferd.Turnus.Solver.Tests.Turnus;

/// <summary>
/// The decomposition bound (column generation over personal rotations) is a lower bound: on small random units (which the
/// solver plans to proven optimality in well under a second here) it never exceeds the best plan, with plain contracts and
/// with positions the planner sizes.
/// </summary>
public sealed class RotationBoundTests(ITestOutputHelper output)
{
    /// <summary>Random units (RandomUnits) whose column generation converges in about a second; 3 and 7 are in heltid mode.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(11)]
    [InlineData(14)]
    public void The_rotation_bound_never_exceeds_the_best_plan(int seed)
    {
        var (unit, options) = RandomUnits.Read(seed);
        var solve = CheckedSolve.Of(unit, options);
        solve.AssertEveryPlanLegal();
        var result = solve.Result;

        // From the first plan streamed, not the optimum: the master then starts above the optimum and must come down.
        var bound = RotationColumnBound.Run(unit, DemandEngine.Build(unit), options, solve.Plans[0], TimeSpan.FromSeconds(120));

        output.WriteLine($"{result.Status} plan {result.ObjectiveNok:0.00} kr, rotation bound {bound.Bound / 100:0.00} kr, master {bound.Master / 100:0.00} kr, {bound.Rounds} rounds");
        Assert.True(bound.Converged, $"no convergence in {bound.Rounds} rounds");
        Assert.True(bound.Bound / 100 <= result.ObjectiveNok!.Value + 0.01, $"bound {bound.Bound / 100:0.00} above the plan {result.ObjectiveNok:0.00}");
        Assert.True(bound.Master >= bound.Bound - 1, "the master's optimum is where the bound converges from below");
        Assert.True(bound.Bound > 0, "the bound says nothing");
    }

    /// <summary>
    /// Fairness is in the master: priced, the converged bound is never below the bound without it, rises where shares
    /// cannot be even, and stays below the best plan.
    /// </summary>
    [Fact]
    public void Fairness_in_the_master_raises_the_bound_where_shares_cannot_be_even()
    {
        var raised = new List<int>();
        foreach (var seed in new[] { 1, 3, 7, 11, 14 })
        {
            var (unit, options) = RandomUnits.Read(seed);
            var solve = CheckedSolve.Of(unit, options);
            solve.AssertEveryPlanLegal();
            var demand = DemandEngine.Build(unit);
            var unpriced = options with { Weights = options.Weights with { FairnessPerShift = 0 } };

            var fair = RotationColumnBound.Run(unit, demand, options, solve.Plans[0], TimeSpan.FromSeconds(120));
            var unfair = RotationColumnBound.Run(unit, demand, unpriced, solve.Plans[0], TimeSpan.FromSeconds(120));

            output.WriteLine($"seed {seed}: plan {solve.Result.ObjectiveNok:0.00} kr, bound {fair.Bound / 100:0.00} kr with fairness, {unfair.Bound / 100:0.00} kr without");
            Assert.True(fair.Converged && unfair.Converged, $"seed {seed}: no convergence");
            Assert.True(fair.Bound >= unfair.Bound - 1, $"seed {seed}: fairness lowered the bound");
            Assert.True(fair.Bound / 100 <= solve.Result.ObjectiveNok!.Value + 0.01, $"seed {seed}: bound {fair.Bound / 100:0.00} above the plan");
            if (fair.Bound > unfair.Bound + 100)
                raised.Add(seed);
        }
        Assert.NotEmpty(raised);
    }

    [Fact]
    public void A_vacancy_every_plan_fills_is_priced_only_filled()
    {
        // Every shift priced far above anything a rotation can save: the cheapest rotation is to work none, which only a
        // vacancy may do, and only when it may be left unfilled.
        var unit = VacancyUnits.Needing();
        var options = new PlanOptions();
        var demand = DemandEngine.Build(unit);
        var vacancy = PricingGroup.Of(PlannedPerson.From(unit, options)).Single(group => group.Representative.IsVacancy);
        var pricing = new SolveOptions(TimeSpan.FromSeconds(30), 1, Seed: 1);
        double Dear(int day, int shift) => 1e7;

        var free = new RotationPricer(unit, demand, options, vacancy).Price(Dear, 0, pricing, new CpSatRunner(), default);
        var filled = new RotationPricer(unit, demand, options, vacancy, filled: true).Price(Dear, 0, pricing, new CpSatRunner(), default);

        Assert.True(free.Optimal && filled.Optimal);
        Assert.Empty(free.Columns[^1].Worked());
        Assert.All(filled.Columns, column => Assert.NotEmpty(column.Worked()));
        Assert.True(filled.LowerBound > free.LowerBound, "posting the vacancy as filled did not raise its price");
    }
}
