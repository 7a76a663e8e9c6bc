namespace Velferd.Turnus.Domain.Competences;

/// <summary>
/// Who may cover demand for which competence (shared/DOMAIN.md): SPL and VPL may do HFA work,
/// HFA may do assistent work, everybody may do service work, servicemedarbeider only service work.
/// </summary>
public static class CompetenceCoverage
{
    public static bool CanCover(Competence staff, Competence demanded) => demanded switch
    {
        Competence.Sykepleier => staff == Competence.Sykepleier,
        Competence.Vernepleier => staff == Competence.Vernepleier,
        Competence.Helsefagarbeider => staff is Competence.Sykepleier or Competence.Vernepleier or Competence.Helsefagarbeider,
        Competence.Assistent => staff is not Competence.Servicemedarbeider,
        Competence.Servicemedarbeider => true,
        _ => false,
    };

    /// <summary>
    /// The demand groups whose joint demand must be met by the staff able to serve any of them
    /// (Hall's condition). For this coverage order the binding groups are the up-closed sets:
    /// {SPL}, {VPL}, {SPL,VPL,HFA}, {SPL,VPL,HFA,ASS} and all five. Checker and solver both use them.
    /// </summary>
    public static readonly IReadOnlyList<CoverageGroup> Groups =
    [
        new("SPL", [Competence.Sykepleier]),
        new("VPL", [Competence.Vernepleier]),
        new("HFA+", [Competence.Sykepleier, Competence.Vernepleier, Competence.Helsefagarbeider]),
        new("ASS+", [Competence.Sykepleier, Competence.Vernepleier, Competence.Helsefagarbeider, Competence.Assistent]),
        new("Alle", CompetenceCodes.All),
    ];

    /// <summary>Competences whose demand a member of the given competence can serve.</summary>
    public static IEnumerable<Competence> Serves(Competence staff) =>
        CompetenceCodes.All.Where(demanded => CanCover(staff, demanded));
}

/// <summary>A set of demanded competences checked together: staff able to serve them must be at least their summed demand.</summary>
public sealed record CoverageGroup(string Name, IReadOnlyList<Competence> Demanded)
{
    /// <summary>Whether a staff member of this competence counts towards the group (can serve some member of it).</summary>
    public bool IsServedBy(Competence staff) => Demanded.Any(demanded => CompetenceCoverage.CanCover(staff, demanded));

    public bool Includes(Competence demanded) => Demanded.Contains(demanded);
}
