using Velferd.Turnus.Domain.Checking.Measures;

namespace Velferd.Turnus.Domain.Checking;

/// <summary>The checker's verdict: every hard breach, and the soft measures of coverage and personal quality.</summary>
public sealed record CheckReport(
    IReadOnlyList<Breach> Breaches,
    CoverageSummary Coverage,
    PersonalSummary Personal)
{
    public bool IsLegal => Breaches.Count == 0;

    public IEnumerable<Breach> BreachesOf(RuleId rule) => Breaches.Where(breach => breach.Rule == rule);
}
