namespace Velferd.Turnus.Domain.Competences;

/// <summary>The short codes used in unit files and reports (SPL, VPL, HFA, ASS, SRV).</summary>
public static class CompetenceCodes
{
    public static readonly IReadOnlyList<Competence> All = Enum.GetValues<Competence>();

    private static readonly string[] Codes = ["SPL", "VPL", "HFA", "ASS", "SRV"];
    private static readonly string[] Norwegian = ["sykepleier", "vernepleier", "helsefagarbeider", "assistent", "servicemedarbeider"];

    public static string Code(this Competence competence) => Codes[(int)competence];

    public static string NorwegianName(this Competence competence) => Norwegian[(int)competence];

    public static bool TryParse(string? code, out Competence competence)
    {
        var index = code is null ? -1 : Array.IndexOf(Codes, code.Trim().ToUpperInvariant());
        competence = (Competence)Math.Max(index, 0);
        return index >= 0;
    }

    public static string AllowedCodes => string.Join(", ", Codes);
}
