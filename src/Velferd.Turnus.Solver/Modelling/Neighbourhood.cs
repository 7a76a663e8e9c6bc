namespace Velferd.Turnus.Solver.Modelling;

/// <summary>
/// One large-neighbourhood move: the decision variables (by index) that may change; every other
/// decision variable is fixed to its value in the incumbent.
/// </summary>
/// <param name="Kind">Name of the neighbourhood kind, for statistics (e.g. "employees", "days").</param>
/// <param name="Pinned">Decision variables fixed to a value other than the incumbent's (a move the sub-solve must repair around).</param>
public sealed record Neighbourhood(string Kind, IReadOnlySet<int> FreeVariables, IReadOnlyDictionary<int, long>? Pinned = null);

/// <summary>
/// A family of neighbourhoods (e.g. "a few whole employees", "all employees over a few days").
/// <paramref name="intensity"/> in (0, 1] is adapted by the search: raised when sub-problems are
/// solved to optimality quickly, lowered when they time out, so implementations map it to a size.
/// </summary>
public interface INeighbourhoodKind
{
    string Name { get; }

    Neighbourhood Next(Random random, IReadOnlyList<long> incumbent, double intensity);
}
