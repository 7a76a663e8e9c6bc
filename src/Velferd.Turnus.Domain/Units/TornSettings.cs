using Velferd.Turnus.Domain.Competences;

namespace Velferd.Turnus.Domain.Units;

/// <summary>
/// What the TØRN split may assume about recruiting: hours per week of each competence that can be hired beyond
/// today's staff and open positions. A competence left out can be recruited without limit; nurses and
/// vernepleiere are scarce, so by default none can (docs/torn.md).
/// </summary>
public sealed record TornSettings(IReadOnlyDictionary<Competence, double> RecruitableHoursPerWeek)
{
    public static TornSettings Default { get; } = new(new Dictionary<Competence, double>
    {
        [Competence.Sykepleier] = 0,
        [Competence.Vernepleier] = 0,
    });

    /// <summary>Recruitable hours per week, or null when there is no limit.</summary>
    public double? Recruitable(Competence competence) =>
        RecruitableHoursPerWeek.TryGetValue(competence, out var hours) ? hours : null;
}
