using Google.OrTools.Sat;

namespace Velferd.Turnus.Solver.Turnus;

/// <summary>
/// Which objective terms belong to which rotation day (coverage shortfall and surplus), so a search can see in a
/// solution where the money goes and free the staff around the dearest days.
/// </summary>
public sealed class DayCosts(int days)
{
    private readonly List<(int Variable, long Weight)>[] _terms = Enumerable.Range(0, days).Select(_ => new List<(int, long)>()).ToArray();

    public void Add(int day, IntVar variable, long weight) => _terms[day % _terms.Length].Add((variable.GetIndex(), weight));

    /// <summary>Each day's cost in the solution (values by variable index), in the objective's units.</summary>
    public long[] In(IReadOnlyList<long> values) =>
        _terms.Select(terms => terms.Sum(term => values[term.Variable] * term.Weight)).ToArray();
}
