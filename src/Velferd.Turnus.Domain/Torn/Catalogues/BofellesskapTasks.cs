using Velferd.Turnus.Domain.Units;
using static Velferd.Turnus.Domain.Competences.Competence;
using static Velferd.Turnus.Domain.Torn.Catalogues.CatalogueEntry;

namespace Velferd.Turnus.Domain.Torn.Catalogues;

/// <summary>
/// Default TØRN catalogue of a bofellesskap (staffed housing). Residents are at day activity on weekdays, so
/// the tasks fall in the morning, evening and at weekends [seed 001]. Estimates, documented in docs/torn.md.
/// </summary>
internal static class BofellesskapTasks
{
    public static IReadOnlyList<CareTask> All { get; } =
    [
        PerResident("legemidler", "Legemiddelhåndtering morgen og kveld", 10, 2, [Sykepleier, Vernepleier],
            ["07:00-09:00", "19:00-21:00"], delegatedHfa: true, fagteam: true),
        PerResident("helsefaglig", "Helsefaglig oppfølging (somatikk, prøver, legekontakt)", 30, 0.15, [Sykepleier, Vernepleier],
            ["15:00-19:00"], fagteam: true, days: Weekdays),
        PerResident("adl", "Personlig hygiene og ADL-bistand", 30, 1, [Helsefagarbeider], ["07:00-08:30", "20:00-22:00"]),
        PerUnit("maltider", "Matlaging og måltider med beboerne", 45, 2, [Assistent], ["07:00-08:30", "16:00-18:00"]),
        PerResident("praktisk", "Praktisk bistand: klesvask og rydding med beboer", 20, 1, [Assistent], ["15:00-20:00"]),
        PerUnit("renhold", "Renhold av fellesarealer", 60, 1, [Servicemedarbeider], ["10:00-14:00"]),
        PerResident("aktivitet", "Aktivitet og fritid (tur, trening, kafé)", 30, 1, [Assistent], ["16:00-21:00"]),
        PerResident("dokumentasjon", "Dokumentasjon og rapport", 5, 1, [Helsefagarbeider], ["21:00-22:00"], indirect: true),
    ];
}
