using System.Diagnostics;
using Google.OrTools.Sat;

namespace Velferd.Turnus.Solver.Modelling;

/// <summary>
/// Large-neighbourhood search around an incumbent: repeatedly frees a structured part of the
/// decision variables (whole employees, a few days, ...), fixes the rest to the incumbent, and lets
/// CP-SAT re-optimise that part starting from the incumbent as a hint. Several sub-problems run at
/// once (one per thread); any better complete solution becomes the new incumbent. An improvement found
/// from an incumbent that another thread has improved since is laid over the new one, so both count.
/// </summary>
public sealed class LargeNeighbourhoodSearch(CpSatRunner runner)
{
    /// <param name="model">The full model; it is cloned per sub-problem and never changed.</param>
    /// <param name="decisionVariables">Variables a neighbourhood may fix (the others follow from them).</param>
    /// <param name="start">A feasible solution of the full model, values by variable index.</param>
    /// <param name="clockOffset">Time already spent, added to reported times.</param>
    public LnsResult Run(
        CpModelProto model,
        IReadOnlyList<int> decisionVariables,
        IReadOnlyList<long> start,
        double startObjective,
        IReadOnlyList<INeighbourhoodKind> kinds,
        LnsOptions options,
        Action<SolveProgress>? onImprovement = null,
        CancellationToken cancellation = default,
        TimeSpan clockOffset = default)
    {
        if (kinds.Count == 0) throw new ArgumentException("At least one neighbourhood kind is needed.", nameof(kinds));
        var state = new SearchState(start, startObjective, kinds, options.InitialIntensity);
        var clock = Stopwatch.StartNew();
        var threadCount = Math.Max(1, options.Threads);
        var lateThread = options.LastThreadStartsAfter is not null && threadCount > 1;
        // Work watches the token itself, so a search cancelled before it starts still ends normally with its start.
        var early = Enumerable.Range(0, lateThread ? threadCount - 1 : threadCount).Select(t => Task.Run(() => Work(t))).ToArray();
        // The late thread starts when its core is free, or not at all once the others are done.
        var late = lateThread
            ? Task.WhenAny(options.LastThreadStartsAfter!, Task.WhenAll(early)).ContinueWith(_ => Work(threadCount - 1), TaskScheduler.Default)
            : Task.CompletedTask;
        Task.WaitAll([.. early, late], CancellationToken.None);
        return state.Result();

        void Work(int thread)
        {
            var random = new Random(options.Seed * 7919 + thread);
            while (!cancellation.IsCancellationRequested)
            {
                var remaining = options.TimeLimit - clock.Elapsed;
                if (remaining <= TimeSpan.FromMilliseconds(50)) return;
                var (kind, intensity, incumbent, objective) = state.Next();
                if (objective <= options.StopAtObjective) return;
                var neighbourhood = kinds[kind].Next(random, incumbent, intensity);
                var sub = FixOutside(model, decisionVariables, neighbourhood, incumbent);
                var limit = remaining < options.SubSolveTimeLimit ? remaining : options.SubSolveTimeLimit;
                var subOptions = new SolveOptions(limit, Workers: 1, Seed: random.Next(), ExtraParameters: options.SubSolveParameters);
                var report = runner.Solve(sub, subOptions, null, cancellation);
                var left = options.TimeLimit - clock.Elapsed;
                if (report.Objective < objective && left > TimeSpan.FromMilliseconds(50) && state.ChangedSince(incumbent) is { } current)
                {
                    // Another thread moved the incumbent while this one searched: keep both improvements if they fit together.
                    var merged = runner.Solve(FixOutside(model, decisionVariables, NoneFree, Merge(decisionVariables, neighbourhood, current, report.Values)),
                        subOptions with { TimeLimit = left < limit ? left : limit }, null, cancellation);
                    state.Offer(merged, clock.Elapsed + clockOffset, onImprovement);
                }
                state.Complete(kind, report, objective, clock.Elapsed + clockOffset, onImprovement);
            }
        }
    }

    private static readonly Neighbourhood NoneFree = new("merge", new HashSet<int>());

    /// <summary>The current incumbent with the neighbourhood's decision variables as the sub-solve left them.</summary>
    private static long[] Merge(IReadOnlyList<int> decisionVariables, Neighbourhood neighbourhood, IReadOnlyList<long> current, IReadOnlyList<long> improved)
    {
        var merged = current.ToArray();
        foreach (var index in decisionVariables)
            if (neighbourhood.FreeVariables.Contains(index))
                merged[index] = improved[index];
        return merged;
    }

    /// <summary>A copy of the model with every decision variable outside the neighbourhood fixed (pinned ones to their new value), hinted with the incumbent.</summary>
    private static CpModelProto FixOutside(CpModelProto model, IReadOnlyList<int> decisionVariables, Neighbourhood neighbourhood, IReadOnlyList<long> incumbent)
    {
        var sub = model.Clone();
        foreach (var index in decisionVariables)
        {
            long value;
            if (neighbourhood.Pinned?.TryGetValue(index, out value) != true)
            {
                if (neighbourhood.FreeVariables.Contains(index)) continue;
                value = incumbent[index];
            }
            var domain = sub.Variables[index].Domain;
            domain.Clear();
            domain.Add(value);
            domain.Add(value);
        }
        SolutionHints.SetFromSolution(sub, incumbent);
        return sub;
    }

    /// <summary>Incumbent and adaptive intensities, shared by the worker threads under one lock.</summary>
    private sealed class SearchState(IReadOnlyList<long> start, double startObjective, IReadOnlyList<INeighbourhoodKind> kinds, double initialIntensity)
    {
        private const double Grow = 1.15;
        private const double Shrink = 0.85;
        private readonly Lock _gate = new();
        private readonly double[] _intensity = kinds.Select(_ => Math.Clamp(initialIntensity, 0.01, 1)).ToArray();
        private readonly int[] _tried = new int[kinds.Count];
        private readonly int[] _improved = new int[kinds.Count];
        private readonly int[] _optimal = new int[kinds.Count];
        private IReadOnlyList<long> _incumbent = start;
        private double _objective = startObjective;
        private int _iterations;
        private int _improvements;
        private int _merges;
        private TimeSpan? _timeToBest;

        public (int Kind, double Intensity, IReadOnlyList<long> Incumbent, double Objective) Next()
        {
            lock (_gate)
            {
                var kind = _iterations++ % kinds.Count;
                return (kind, _intensity[kind], _incumbent, _objective);
            }
        }

        /// <summary>
        /// Takes a sub-problem's outcome; a better incumbent is reported to <paramref name="onImprovement"/> under the
        /// lock, so callers see improvements one at a time and in order, whichever thread found them.
        /// </summary>
        public void Complete(int kind, SolveReport report, double startedFrom, TimeSpan now, Action<SolveProgress>? onImprovement)
        {
            lock (_gate)
            {
                _tried[kind]++;
                if (report.Status == SolveStatus.Optimal)
                {
                    _optimal[kind]++;
                    _intensity[kind] = Math.Min(1, _intensity[kind] * Grow);
                }
                else
                {
                    _intensity[kind] = Math.Max(0.01, _intensity[kind] * Shrink);
                }
                if (report.Objective is not { } objective) return;
                if (objective < startedFrom) _improved[kind]++;
                Accept(report.Values, objective, now, onImprovement);
            }
        }

        /// <summary>The incumbent, when it is no longer <paramref name="start"/>; null while it is.</summary>
        public IReadOnlyList<long>? ChangedSince(IReadOnlyList<long> start)
        {
            lock (_gate)
                return ReferenceEquals(_incumbent, start) ? null : _incumbent;
        }

        /// <summary>Takes a merged solution when it is at least as good as the incumbent.</summary>
        public void Offer(SolveReport merged, TimeSpan now, Action<SolveProgress>? onImprovement)
        {
            lock (_gate)
            {
                if (merged.Objective is { } objective && Accept(merged.Values, objective, now, onImprovement))
                    _merges++;
            }
        }

        /// <returns>Whether the solution became the incumbent.</returns>
        private bool Accept(IReadOnlyList<long> values, double objective, TimeSpan now, Action<SolveProgress>? onImprovement)
        {
            // Equal moves are taken too: they let the search walk across plateaus.
            if (objective > _objective) return false;
            var better = objective < _objective;
            _incumbent = values;
            _objective = objective;
            if (!better) return true;
            _improvements++;
            _timeToBest = now;
            onImprovement?.Invoke(new SolveProgress(objective, double.NegativeInfinity, now, _improvements, values));
            return true;
        }

        public LnsResult Result()
        {
            lock (_gate)
            {
                var stats = kinds.Select((k, i) => new LnsKindStatistics(k.Name, _tried[i], _improved[i], _optimal[i], _intensity[i])).ToList();
                return new LnsResult(_incumbent, _objective, _iterations, _improvements, _merges, _timeToBest, stats);
            }
        }
    }
}
