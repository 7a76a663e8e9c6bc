using Velferd.Turnus.Domain.Units;
using static Velferd.Turnus.Domain.Competences.Competence;
using static Velferd.Turnus.Domain.Torn.Catalogues.CatalogueEntry;

namespace Velferd.Turnus.Domain.Torn.Catalogues;

/// <summary>
/// Default TØRN catalogue of a nursing-home ward (sykehjemsavdeling). Minutes and frequencies are planning
/// estimates for a long-term ward, documented with their reasoning in docs/torn.md; units override them.
/// </summary>
internal static class SykehjemTasks
{
    public static IReadOnlyList<CareTask> All { get; } =
    [
        PerResident("legemidler", "Legemiddelutdeling og observasjon", 5, 3, [Sykepleier, Vernepleier],
            ["08:00-09:30", "12:00-13:00", "19:30-21:00"], delegatedHfa: true, fagteam: true),
        PerResident("legemiddelklargjoring", "Klargjøring og kontroll av legemidler (dosett, multidose)", 5, 1, [Sykepleier, Vernepleier],
            ["10:00-14:00"], fagteam: true, days: [Time.Weekday.Monday, Time.Weekday.Thursday]),
        PerUnit("helsefaglig", "Helsefaglig vurdering, legevisitt og pårørendesamtaler", 90, 1, [Sykepleier],
            ["10:00-14:00"], fagteam: true, days: Weekdays),
        PerResident("sarstell", "Sårstell og kateterstell", 20, 0.2, [Sykepleier, Vernepleier],
            ["09:00-15:00"], delegatedHfa: true, fagteam: true),
        PerResident("stell-morgen", "Personlig stell og påkledning, morgen", 35, 1, [Helsefagarbeider], ["07:00-11:00"]),
        PerResident("stell-kveld", "Kveldsstell og legging", 20, 1, [Helsefagarbeider], ["19:00-22:00"]),
        PerResident("tilsyn-natt", "Tilsyn og stell på natt", 10, 0.8, [Helsefagarbeider], ["22:00-07:00"]),
        PerResident("hjelp-maltid", "Hjelp til å spise og drikke", 15, 1, [Assistent], ["08:00-09:30", "12:30-13:30", "16:30-17:30"]),
        PerUnit("servering", "Måltidsservering, anretning og oppvask", 45, 4, [Servicemedarbeider],
            ["07:30-09:00", "11:30-13:00", "15:30-17:00", "19:00-20:00"]),
        PerUnit("klesvask", "Klesvask og tøyhåndtering", 120, 1, [Servicemedarbeider], ["09:00-15:00"]),
        PerUnit("renhold", "Renhold av rom og fellesarealer", 120, 1, [Servicemedarbeider], ["09:00-14:00"]),
        PerUnit("aktivitet", "Aktivitet og miljø (trim, tur, sang)", 60, 2, [Assistent], ["10:30-12:00", "14:00-16:00"]),
        PerResident("dokumentasjon", "Dokumentasjon og rapport", 5, 1, [Helsefagarbeider], ["14:00-15:00", "21:00-22:00"], indirect: true),
    ];
}
