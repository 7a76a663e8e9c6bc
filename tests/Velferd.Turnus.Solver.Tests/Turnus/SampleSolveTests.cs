using Velferd.Turnus.Solver.Turnus;
using Velferd.Turnus.Tests.Shared;
using Xunit.Abstractions;

namespace Velferd.Turnus.Solver.Tests.Turnus;

/// <summary>
/// Every sample is planned and every plan the solver produces passes the independent plan checker. A third of the time
/// limit, at most 30 s, goes to the first-plan search (TurnusSolver), which the 30-person ward needs about 15 s of on
/// a loaded two-core machine; so the limit is 90 s, and the search stops 15 s after the optimisation's first plan.
/// </summary>
public sealed class SampleSolveTests(ITestOutputHelper output)
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan OptimiseFor = TimeSpan.FromSeconds(15);

    public static TheoryData<string> Samples => [.. RepositoryRoot.Samples().Select(path => Path.GetFileName(path))];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_sample_gets_a_plan_that_passes_the_checker(string sample)
    {
        var unit = SampleUnits.Read(sample);

        var solve = CheckedSolve.Of(unit, new PlanOptions { TimeLimit = TimeLimit, Workers = 2, Seed = 1 }, OptimiseFor);

        var result = solve.Result;
        output.WriteLine($"{sample}: {result.Status}, {solve.Plans.Count} plans, first after {result.TimeToFirstSolution?.TotalSeconds:0.0} s, {result.WallTime.TotalSeconds:0} s in all, " +
                         $"objective {result.ObjectiveNok:0} NOK, gap {result.Gap:P1}, {result.Size.Variables} variables");
        Assert.True(result.HasPlan, $"{sample}: no plan within {TimeLimit.TotalSeconds} s (status {result.Status}).");
        solve.AssertEveryPlanLegal();
    }
}
