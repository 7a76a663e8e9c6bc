namespace Velferd.Turnus.Domain.Units;

/// <summary>Defaults that depend on the kind of unit.</summary>
public static class UnitKindDefaults
{
    /// <summary>
    /// Share of staff time that is direct user time; the rest (documentation, travel, meetings) is indirect.
    /// Bærum's targets: 65 % in staffed housing, 50 % in ambulant services [seed 000]. Nursing-home wards
    /// use the staffed-housing figure (an assumption, overridable per unit).
    /// </summary>
    public static double DirectTimeShare(UnitKind kind) => kind switch
    {
        UnitKind.Hjemmetjenestesone => 0.50,
        _ => 0.65,
    };

    public static string Code(this UnitKind kind) => kind switch
    {
        UnitKind.Bofellesskap => "bofellesskap",
        UnitKind.Sykehjemsavdeling => "sykehjemsavdeling",
        _ => "hjemmetjenestesone",
    };

    public static bool TryParse(string? code, out UnitKind kind)
    {
        foreach (var candidate in Enum.GetValues<UnitKind>())
        {
            if (candidate.Code() == code)
            {
                kind = candidate;
                return true;
            }
        }
        kind = default;
        return false;
    }

    public const string AllowedCodes = "bofellesskap, sykehjemsavdeling, hjemmetjenestesone";
}
