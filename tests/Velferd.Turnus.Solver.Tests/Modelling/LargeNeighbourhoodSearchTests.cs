using Google.OrTools.Sat;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Tests.Modelling;

public sealed class LargeNeighbourhoodSearchTests
{
    /// <summary>Frees a random handful of the variables each time.</summary>
    private sealed class RandomVariables(IReadOnlyList<int> variables) : INeighbourhoodKind
    {
        public string Name => "random";

        public Neighbourhood Next(Random random, IReadOnlyList<long> incumbent, double intensity) =>
            new(Name, variables.OrderBy(_ => random.Next()).Take(Math.Max(2, (int)(intensity * variables.Count))).ToHashSet());
    }

    [Fact]
    public void Improves_a_poor_start_to_the_optimum_and_stops_there()
    {
        // Choose exactly 10 of 30 items; item i costs (i * 7) % 30: the optimum picks costs 0..9, i.e. 45.
        var model = new CpModel();
        var pick = Enumerable.Range(0, 30).Select(i => model.NewBoolVar($"p{i}")).ToArray();
        model.Add(LinearExpr.Sum(pick) == 10);
        model.Minimize(LinearExpr.WeightedSum(pick, Enumerable.Range(0, 30).Select(i => (long)(i * 7 % 30))));
        var start = new long[30];
        var costs = Enumerable.Range(0, 30).Select(i => i * 7 % 30).ToArray();
        foreach (var i in Enumerable.Range(0, 30).OrderByDescending(i => costs[i]).Take(10)) start[i] = 1;
        var startObjective = Enumerable.Range(0, 30).Sum(i => start[i] * costs[i]);
        var progress = new List<SolveProgress>();

        var result = new LargeNeighbourhoodSearch(new CpSatRunner()).Run(
            model.Model, pick.Select(p => p.GetIndex()).ToList(), start, startObjective,
            [new RandomVariables(pick.Select(p => p.GetIndex()).ToList())],
            new LnsOptions(TimeSpan.FromSeconds(60), Threads: 2, InitialIntensity: 0.2, StopAtObjective: 45),
            progress.Add);

        Assert.Equal(45, result.Objective);
        Assert.Equal(progress.Count, result.Improvements);
        Assert.Equal(10, pick.Count(p => result.Values.BooleanValue(p)));
    }
}
