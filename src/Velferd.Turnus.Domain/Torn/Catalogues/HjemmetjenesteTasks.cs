using Velferd.Turnus.Domain.Units;
using static Velferd.Turnus.Domain.Competences.Competence;
using static Velferd.Turnus.Domain.Torn.Catalogues.CatalogueEntry;

namespace Velferd.Turnus.Domain.Torn.Catalogues;

/// <summary>
/// Default TØRN catalogue of a home-care zone (hjemmetjenestesone), per user and day: most users get few and
/// short visits, so frequencies are shares of users. Estimates, documented in docs/torn.md.
/// </summary>
internal static class HjemmetjenesteTasks
{
    public static IReadOnlyList<CareTask> All { get; } =
    [
        PerResident("legemidler", "Legemiddelutdeling (multidose)", 5, 1, [Sykepleier, Vernepleier],
            ["07:30-11:00", "17:00-21:00"], delegatedHfa: true),
        PerResident("injeksjoner", "Insulin og injeksjoner", 10, 0.1, [Sykepleier, Vernepleier],
            ["07:30-10:00", "17:00-20:00"], delegatedHfa: true),
        PerResident("sarstell", "Sårstell og stomi", 25, 0.06, [Sykepleier], ["09:00-15:00"]),
        PerResident("stell-morgen", "Morgenstell", 30, 0.15, [Helsefagarbeider], ["07:30-11:00"]),
        PerResident("stell-kveld", "Kveldsstell", 20, 0.12, [Helsefagarbeider], ["19:00-22:00"]),
        PerResident("stromper", "Kompresjonsstrømper på og av", 10, 0.2, [Assistent], ["07:30-11:00", "19:00-22:00"]),
        PerResident("trygghet", "Trygghetsbesøk og måltid", 15, 0.15, [Assistent], ["11:00-14:00"]),
        PerResident("rengjoring", "Rengjøring (praktisk bistand)", 60, 0.1, [Servicemedarbeider], ["09:00-15:00"], days: Weekdays),
        PerResident("dokumentasjon", "Dokumentasjon i journal", 3, 1, [Helsefagarbeider], ["14:00-15:00", "21:00-22:30"], indirect: true),
    ];
}
