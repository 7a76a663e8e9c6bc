using Velferd.Turnus.Domain.Competences;

namespace Velferd.Turnus.Domain.Costs;

/// <summary>
/// The embedded default cost profile. Figures are planning estimates for a KS municipality in 2025,
/// documented in docs/cost-profile.md with their sources; units override them in their file.
/// Cross-check: Alver's 4 årsverk for NOK 3.5 million (about NOK 875k per årsverk) [seed 004]
/// and Bærum's NOK 0.81 million per årsverk [seed 000].
/// </summary>
public static class CostProfiles
{
    public static CostProfile Ks2025 { get; } = new(
        Id: "ks-2025",
        Year: 2025,
        AnnualWage: new Dictionary<Competence, double>
        {
            [Competence.Sykepleier] = 640_000,
            [Competence.Vernepleier] = 640_000,
            [Competence.Helsefagarbeider] = 560_000,
            [Competence.Assistent] = 480_000,
            [Competence.Servicemedarbeider] = 470_000,
        },
        SocialCostShare: 0.30,
        EveningNightSupplementPerHour: 70,
        EveningStartHour: 17,
        NightEndHour: 6,
        WeekendSupplementPerHour: 65,
        OvertimeFactor: 1.5,
        RaisedOvertimeFactor: 2.0,
        VikarHourlyCost: new Dictionary<Competence, double>
        {
            [Competence.Sykepleier] = 560,
            [Competence.Vernepleier] = 560,
            [Competence.Helsefagarbeider] = 480,
            [Competence.Assistent] = 420,
            [Competence.Servicemedarbeider] = 400,
        },
        AgencyHourlyCost: new Dictionary<Competence, double>
        {
            [Competence.Sykepleier] = 1_100,
            [Competence.Vernepleier] = 1_050,
            [Competence.Helsefagarbeider] = 800,
            [Competence.Assistent] = 700,
            [Competence.Servicemedarbeider] = 650,
        },
        Source: "Planleggingsanslag KS-området 2025: lønn etter HTA kap. 4, sosiale kostnader 30 % (arbeidsgiveravgift 14,1 % + pensjon), " +
                "kvelds-/nattillegg kr 70/t kl. 17–06 (HTA §5.4), helgetillegg kr 65/t (HTA §5.2), overtid +50 %/+100 % (AML §10-6, HTA). Se docs/cost-profile.md.");

    public static CostProfile Default => Ks2025;
}
