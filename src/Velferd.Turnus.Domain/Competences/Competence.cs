namespace Velferd.Turnus.Domain.Competences;

/// <summary>Professions in municipal care (shared/DOMAIN.md "kompetanse"); file codes in <see cref="CompetenceCodes"/>.</summary>
public enum Competence
{
    /// <summary>SPL: sykepleier (registered nurse).</summary>
    Sykepleier = 0,

    /// <summary>VPL: vernepleier (social educator, nurse-level authority in housing for intellectual disability).</summary>
    Vernepleier = 1,

    /// <summary>HFA: helsefagarbeider (licensed health worker).</summary>
    Helsefagarbeider = 2,

    /// <summary>ASS: assistent (no health education).</summary>
    Assistent = 3,

    /// <summary>SRV: servicemedarbeider (meals, laundry, cleaning only).</summary>
    Servicemedarbeider = 4,
}
