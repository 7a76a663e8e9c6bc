using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Curtois;

/// <summary>
/// The best solution across all phases of a search, with the best lower bound and the times of
/// the first and the best solution; thread-safe, and reports every improvement once.
/// </summary>
internal sealed class Incumbent(Action<SolveProgress>? onImprovement)
{
    private readonly Lock _gate = new();

    public double Objective { get; private set; } = double.PositiveInfinity;
    public double Bound { get; private set; } = double.NegativeInfinity;
    public IReadOnlyList<long> Values { get; private set; } = [];
    public TimeSpan? First { get; private set; }
    public TimeSpan? Best { get; private set; }
    public int Improvements { get; private set; }

    public bool HasSolution => Values.Count > 0;

    /// <summary>Proven optimal: the objective has reached the lower bound.</summary>
    public bool IsOptimal => HasSolution && Objective <= Bound;

    /// <summary>Raises the lower bound; objectives are whole numbers, so a fractional bound rounds up.</summary>
    public void RaiseBound(double bound)
    {
        if (double.IsNaN(bound) || double.IsInfinity(bound)) return;
        lock (_gate) Bound = Math.Max(Bound, Math.Ceiling(bound - 1e-6));
    }

    public void Offer(double objective, IReadOnlyList<long>? values, TimeSpan now)
    {
        SolveProgress progress;
        lock (_gate)
        {
            if (objective >= Objective) return;
            Objective = objective;
            if (values is not null) Values = values;
            First ??= now;
            Best = now;
            Improvements++;
            progress = new SolveProgress(objective, Bound, now, Improvements);
        }
        onImprovement?.Invoke(progress);
    }

    /// <summary>Stores the values of a solution as good as the incumbent (its progress was reported without them).</summary>
    public void Replace(IReadOnlyList<long> values)
    {
        lock (_gate) Values = values;
    }

    public SolveReport Report(TimeSpan wallTime) => new(
        !HasSolution ? SolveStatus.Unknown : IsOptimal ? SolveStatus.Optimal : SolveStatus.Feasible,
        HasSolution ? Objective : null,
        Bound,
        wallTime,
        First,
        Best,
        Improvements,
        Values);
}
