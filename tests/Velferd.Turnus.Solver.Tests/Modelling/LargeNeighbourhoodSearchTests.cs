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

    /// <summary>Choose exactly 10 of 30 items; item i costs (i * 7) % 30: the optimum picks costs 0..9, i.e. 45. The start picks the dearest.</summary>
    private sealed record Knapsack(CpModel Model, BoolVar[] Pick, long[] Start, long StartObjective)
    {
        public const long Optimum = 45;

        public static Knapsack Create()
        {
            var model = new CpModel();
            var pick = Enumerable.Range(0, 30).Select(i => model.NewBoolVar($"p{i}")).ToArray();
            var costs = Enumerable.Range(0, 30).Select(i => (long)(i * 7 % 30)).ToArray();
            model.Add(LinearExpr.Sum(pick) == 10);
            model.Minimize(LinearExpr.WeightedSum(pick, costs));
            var start = new long[30];
            foreach (var i in Enumerable.Range(0, 30).OrderByDescending(i => costs[i]).Take(10)) start[i] = 1;
            return new Knapsack(model, pick, start, Enumerable.Range(0, 30).Sum(i => start[i] * costs[i]));
        }

        public LnsResult Search(LnsOptions options, Action<SolveProgress>? onImprovement = null)
        {
            var variables = Pick.Select(p => p.GetIndex()).ToList();
            return new LargeNeighbourhoodSearch(new CpSatRunner()).Run(
                Model.Model, variables, Start, StartObjective, [new RandomVariables(variables)], options, onImprovement);
        }
    }

    [Fact]
    public void Improves_a_poor_start_to_the_optimum_and_stops_there()
    {
        var knapsack = Knapsack.Create();
        var progress = new List<SolveProgress>();

        var result = knapsack.Search(new LnsOptions(TimeSpan.FromSeconds(60), Threads: 2, InitialIntensity: 0.2, StopAtObjective: Knapsack.Optimum), progress.Add);

        Assert.Equal(Knapsack.Optimum, result.Objective);
        // Two threads improve, yet the caller hears of each improvement once, one at a time, best last.
        Assert.Equal(progress.Count, result.Improvements);
        var objectives = progress.Select(p => p.Objective).ToList();
        Assert.Equal(objectives.OrderByDescending(objective => objective).Distinct(), objectives);
        Assert.Equal(10, knapsack.Pick.Count(p => result.Values.BooleanValue(p)));
    }

    /// <summary>
    /// Frees two items at a time. The first two moves start together from the same incumbent; the second waits a second,
    /// so it finishes from an incumbent the other thread has improved since; later moves wait a further second, so the
    /// second move is done before any other.
    /// </summary>
    private sealed class OverlappingMoves(IReadOnlyList<int> variables) : INeighbourhoodKind
    {
        private readonly Barrier _bothStarted = new(2);
        private readonly ManualResetEventSlim _laterMovesMayStart = new();
        private int _calls;

        public string Name => "overlapping";

        public Neighbourhood Next(Random random, IReadOnlyList<long> incumbent, double intensity)
        {
            var call = Interlocked.Increment(ref _calls) - 1;
            if (call >= 2)
            {
                _laterMovesMayStart.Wait();
                return new(Name, variables.OrderBy(_ => random.Next()).Take(2).ToHashSet());
            }
            _bothStarted.SignalAndWait();
            if (call == 1)
            {
                Thread.Sleep(TimeSpan.FromSeconds(1));
                Task.Delay(TimeSpan.FromSeconds(1)).ContinueWith(_ => _laterMovesMayStart.Set(), TaskScheduler.Default);
            }
            return new(Name, new HashSet<int> { variables[2 * call], variables[2 * call + 1] });
        }
    }

    [Fact]
    public void Improvements_found_from_an_older_incumbent_are_kept_beside_the_newer_one()
    {
        // 20 independent items, all picked at the start, each costing 1 + i % 5: the optimum picks none, and moves in
        // different places always fit together.
        var model = new CpModel();
        var pick = Enumerable.Range(0, 20).Select(i => model.NewBoolVar($"p{i}")).ToArray();
        var costs = Enumerable.Range(0, 20).Select(i => 1L + i % 5).ToArray();
        model.Minimize(LinearExpr.WeightedSum(pick, costs));
        var variables = pick.Select(p => p.GetIndex()).ToList();
        var start = Enumerable.Repeat(1L, 20).ToArray();
        var progress = new List<SolveProgress>();

        var result = new LargeNeighbourhoodSearch(new CpSatRunner()).Run(model.Model, variables, start, costs.Sum(), [new OverlappingMoves(variables)],
            new LnsOptions(TimeSpan.FromSeconds(60), Threads: 2, StopAtObjective: 0), progress.Add);

        Assert.Equal(0, result.Objective);
        Assert.True(result.Merges >= 1, "the second move, made from the older incumbent, was not merged into the newer one");
        // The first two improvements: the first move alone, then both moves together. Without the merge the second move,
        // being the better one, would have replaced the first plan and undone the first move.
        Assert.Equal(costs.Sum() - costs[0] - costs[1], progress[0].Objective);
        Assert.Equal(costs.Sum() - costs[0] - costs[1] - costs[2] - costs[3], progress[1].Objective);
        // Every reported plan is the one its objective says: a merge never mixes values of one plan with the objective of another.
        Assert.All(progress, p => Assert.Equal(p.Objective, Enumerable.Range(0, 20).Sum(i => p.Values![variables[i]] * costs[i])));
    }

    /// <summary>Pins the first item to "not picked" and frees the second: the sub-solve has to repair around the pinned move.</summary>
    private sealed class PinFirstFreeSecond(IReadOnlyList<int> variables) : INeighbourhoodKind
    {
        public string Name => "pin";

        public Neighbourhood Next(Random random, IReadOnlyList<long> incumbent, double intensity) =>
            new(Name, new HashSet<int> { variables[1] }, new Dictionary<int, long> { [variables[0]] = 0 });
    }

    [Fact]
    public void A_pinned_move_that_pays_is_taken()
    {
        // Exactly one of two items, and the start picks the dear one. The neighbourhood frees only the cheap one, so without
        // the pin (the dear one fixed as it is) no sub-solve can change anything; with it, the cheap one takes its place.
        var model = new CpModel();
        var pick = new[] { model.NewBoolVar("dear"), model.NewBoolVar("cheap") };
        model.Add(pick[0] + pick[1] == 1);
        model.Minimize(LinearExpr.WeightedSum(pick, [5, 1]));
        var variables = pick.Select(p => p.GetIndex()).ToList();

        var result = new LargeNeighbourhoodSearch(new CpSatRunner()).Run(model.Model, variables, [1, 0], 5, [new PinFirstFreeSecond(variables)],
            new LnsOptions(TimeSpan.FromSeconds(30), Threads: 1, StopAtObjective: 1));

        Assert.Equal(1, result.Objective);
        Assert.False(result.Values.BooleanValue(pick[0]));
        Assert.True(result.Values.BooleanValue(pick[1]));
    }

    [Fact]
    public async Task A_late_thread_whose_core_never_frees_does_not_hold_the_search_open()
    {
        var knapsack = Knapsack.Create();
        var neverFree = new TaskCompletionSource().Task;
        var options = new LnsOptions(TimeSpan.FromSeconds(120), Threads: 2, InitialIntensity: 0.2, StopAtObjective: Knapsack.Optimum,
            LastThreadStartsAfter: neverFree);

        var search = Task.Run(() => knapsack.Search(options));

        // The first thread reaches the optimum within a few seconds; waiting out the 120 s limit would be the bug.
        var finished = await Task.WhenAny(search, Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.True(finished == search, "the search waited for a core that never became free");
        Assert.Equal(Knapsack.Optimum, (await search).Objective);
    }

    [Fact]
    public void A_late_thread_joins_when_its_core_frees()
    {
        var knapsack = Knapsack.Create();
        var core = new TaskCompletionSource();
        var options = new LnsOptions(TimeSpan.FromSeconds(60), Threads: 2, InitialIntensity: 0.2, StopAtObjective: Knapsack.Optimum,
            LastThreadStartsAfter: core.Task);
        core.SetResult();

        var result = knapsack.Search(options);

        Assert.Equal(Knapsack.Optimum, result.Objective);
    }
}
