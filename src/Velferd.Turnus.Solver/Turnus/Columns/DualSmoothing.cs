namespace Velferd.Turnus.Solver.Turnus.Columns;

/// <summary>
/// Wentges smoothing of the master's prices: rotations are priced at a mix of the master's duals and the prices that
/// gave the best Lagrangian bound so far (the centre). The duals of a degenerate master jump from round to round, and
/// rotations priced at them fill the master without moving its optimum; the mix keeps the prices near where the bound
/// is good.
/// </summary>
internal sealed class DualSmoothing(double weight)
{
    private MasterPrices? centre;

    /// <summary>The best Lagrangian bound recorded.</summary>
    public double Best { get; private set; } = double.NegativeInfinity;

    /// <summary>The prices to price at: <c>weight × centre + (1 − weight) × duals</c>, or the duals while there is no centre.</summary>
    public MasterPrices Blend(MasterPrices duals) => centre is null || weight <= 0 ? duals : centre.Mix(duals, weight);

    /// <summary>Records the bound the prices gave; the best becomes the centre.</summary>
    public void Record(MasterPrices prices, double bound)
    {
        if (bound <= Best)
            return;
        Best = bound;
        centre = prices;
    }
}
