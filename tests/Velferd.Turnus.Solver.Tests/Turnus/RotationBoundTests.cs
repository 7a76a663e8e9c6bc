using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.FileFormats.Units;
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
        var (json, options) = RandomUnits.Generate(seed);
        var unit = UnitFileReader.Parse(json, $"tilfeldig-{seed}.json").Unit!;
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
}
