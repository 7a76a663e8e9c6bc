namespace Velferd.Turnus.Solver.Modelling;

/// <summary>
/// RINS (relaxation-induced neighbourhood search): frees the decision variables on which the
/// incumbent and the LP relaxation disagree (or the LP is fractional) and keeps those where they
/// agree. When the disagreement is larger than the intensity allows, a random part of it is freed.
/// </summary>
public sealed class RinsNeighbourhood(IReadOnlyList<int> decisionVariables, IReadOnlyList<double> lpValues) : INeighbourhoodKind
{
    private const double Agreement = 0.01;

    public string Name => "rins";

    public Neighbourhood Next(Random random, IReadOnlyList<long> incumbent, double intensity)
    {
        var disagreeing = decisionVariables.Where(i => Math.Abs(incumbent[i] - lpValues[i]) > Agreement).ToList();
        var cap = Math.Max(1, (int)(intensity * decisionVariables.Count));
        var free = disagreeing.Count <= cap ? disagreeing : disagreeing.OrderBy(_ => random.Next()).Take(cap);
        return new Neighbourhood(Name, free.ToHashSet());
    }
}
