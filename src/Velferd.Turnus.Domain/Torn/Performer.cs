using Velferd.Turnus.Domain.Competences;

namespace Velferd.Turnus.Domain.Torn;

/// <summary>
/// Who performs a task in the TØRN split: a competence, with helsefagarbeidere split by delegated authority
/// for medicine handling (employees' <c>delegatedMedication</c>). Ordered from the highest competence down.
/// </summary>
public enum Performer
{
    Sykepleier,
    Vernepleier,

    /// <summary>Helsefagarbeider with delegated authority, for tasks that otherwise need SPL or VPL.</summary>
    DelegertHelsefagarbeider,
    Helsefagarbeider,
    Assistent,
    Servicemedarbeider,
}

public static class Performers
{
    /// <summary>All performers, highest competence first.</summary>
    public static readonly IReadOnlyList<Performer> All = Enum.GetValues<Performer>();

    private static readonly string[] Codes = ["SPL", "VPL", "HFA-D", "HFA", "ASS", "SRV"];
    private static readonly string[] Names = ["sykepleier", "vernepleier", "helsefagarbeider med delegering", "helsefagarbeider", "assistent", "servicemedarbeider"];

    public static string Code(this Performer performer) => Codes[(int)performer];

    public static string NorwegianName(this Performer performer) => Names[(int)performer];

    /// <summary>The competence whose demand curve and staff the performer belongs to.</summary>
    public static Competence Competence(this Performer performer) => performer switch
    {
        Performer.Sykepleier => Competences.Competence.Sykepleier,
        Performer.Vernepleier => Competences.Competence.Vernepleier,
        Performer.DelegertHelsefagarbeider or Performer.Helsefagarbeider => Competences.Competence.Helsefagarbeider,
        Performer.Assistent => Competences.Competence.Assistent,
        _ => Competences.Competence.Servicemedarbeider,
    };

    /// <summary>Sykepleiere and vernepleiere: the scarce professions TØRN frees for work only they may do.</summary>
    public static bool IsNurseLevel(this Performer performer) => performer is Performer.Sykepleier or Performer.Vernepleier;

    public static bool IsNurseLevel(this Competence competence) => competence is Competences.Competence.Sykepleier or Competences.Competence.Vernepleier;
}
