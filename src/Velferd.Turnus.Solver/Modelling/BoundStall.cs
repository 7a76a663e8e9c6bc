namespace Velferd.Turnus.Solver.Modelling;

/// <summary>
/// When a solve run for its bound has stopped paying: the bound has not risen by a significant share for a while.
/// The wait starts at the first bound (a long presolve is not a stall), and a rise smaller than
/// <paramref name="significantRise"/> × the bound since the last counted rise does not restart it.
/// </summary>
internal sealed class BoundStall(TimeSpan patience, double significantRise)
{
    private TimeSpan? _lastRise;
    private double _riseFrom;

    /// <summary>Takes a new best bound reported at <paramref name="now"/>.</summary>
    public void Observe(double bound, TimeSpan now)
    {
        if (_lastRise is not null && bound - _riseFrom <= significantRise * Math.Abs(_riseFrom))
            return;
        _lastRise = now;
        _riseFrom = bound;
    }

    public bool IsStalled(TimeSpan now) => _lastRise is { } rise && now - rise >= patience;
}
