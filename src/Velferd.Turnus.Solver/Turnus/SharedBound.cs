namespace Velferd.Turnus.Solver.Turnus;

/// <summary>
/// The best lower bound known so far, raised from a side thread while plans stream in from the search. It starts at
/// zero: no objective term is ever negative, and a finite bound keeps progress (and its JSON) free of infinities.
/// </summary>
internal sealed class SharedBound
{
    private readonly Lock _gate = new();
    private double _value;

    public double Value
    {
        get { lock (_gate) return _value; }
    }

    public void Raise(double bound)
    {
        lock (_gate)
            _value = Math.Max(_value, bound);
    }
}
