namespace Velferd.Turnus.Solver.Modelling;

/// <summary>Outcome of a large-neighbourhood search.</summary>
/// <param name="Values">Best solution, values by variable index.</param>
/// <param name="Objective">Its objective value.</param>
/// <param name="Merges">Improvements found from an incumbent another thread had since improved, kept together with that one.</param>
/// <param name="Kinds">Per neighbourhood kind: sub-problems tried and improvements found.</param>
public sealed record LnsResult(
    IReadOnlyList<long> Values,
    double Objective,
    int Iterations,
    int Improvements,
    int Merges,
    TimeSpan? TimeToBest,
    IReadOnlyList<LnsKindStatistics> Kinds);

/// <summary>How one neighbourhood kind fared.</summary>
public sealed record LnsKindStatistics(string Kind, int Tried, int Improved, int SolvedToOptimality, double FinalIntensity);
