namespace Velferd.Turnus.Solver.Curtois;

/// <summary>
/// The schedule pricer would need more states than it may hold (very long horizons with many minutes to count):
/// column generation stops and the solver goes on without it instead of running out of memory.
/// </summary>
public sealed class PricingTooLargeException(string message) : Exception(message);
