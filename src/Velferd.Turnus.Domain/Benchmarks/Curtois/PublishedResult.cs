namespace Velferd.Turnus.Domain.Benchmarks.Curtois;

/// <summary>
/// Published reference values for one instance, as listed in shared/benchmarks/curtois/README.md
/// (proven optima from the benchmark site; Gurobi and "best published at 60 min" from the
/// comparison table in ORProjects/NRP ComputationalResults/README.md).
/// </summary>
/// <param name="BestKnown">The proven optimum, or the best known objective where none is proven.</param>
/// <param name="IsProvenOptimal">Whether <see cref="BestKnown"/> is a proven optimum.</param>
/// <param name="IsApproximate">The README gives the best known value only as "about".</param>
public sealed record PublishedResult(
    int Instance, int Days, int Staff, int ShiftTypes, int BestKnown, bool IsProvenOptimal, bool IsApproximate,
    int Gurobi10Min, int Gurobi60Min, int BestPublished60Min)
{
    /// <summary>Relative gap of an objective to the best known value (0 = reached it).</summary>
    public double GapTo(double objective) => (objective - BestKnown) / BestKnown;
}
