namespace Velferd.Turnus.Domain.Units;

/// <summary>The kinds of municipal care unit the product plans (shared/DOMAIN.md "Unit kinds").</summary>
public enum UnitKind
{
    /// <summary>Shared housing (intellectual disability, mental health/substance abuse); demand peaks evenings and weekends.</summary>
    Bofellesskap,

    /// <summary>Nursing-home ward, staffed 24/7 with a nurse reachable every shift.</summary>
    Sykehjemsavdeling,

    /// <summary>Home-care zone: visits with time windows, travel between users.</summary>
    Hjemmetjenestesone,
}
