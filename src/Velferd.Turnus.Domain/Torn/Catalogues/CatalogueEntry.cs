using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Domain.Torn.Catalogues;

/// <summary>Short constructors for the default catalogues, so each reads as one line per task.</summary>
internal static class CatalogueEntry
{
    public static readonly IReadOnlyList<Weekday> Weekdays = [Weekday.Monday, Weekday.Tuesday, Weekday.Wednesday, Weekday.Thursday, Weekday.Friday];

    public static CareTask PerResident(string id, string name, int minutes, double perDay, Competence[] competences, string[] windows,
        bool delegatedHfa = false, bool fagteam = false, bool indirect = false, IReadOnlyList<Weekday>? days = null) =>
        new(id, name, minutes, perDay, 0, days ?? WeekdayNames.All, Windows(windows), competences, delegatedHfa, fagteam, indirect);

    public static CareTask PerUnit(string id, string name, int minutes, double perDay, Competence[] competences, string[] windows,
        bool fagteam = false, bool indirect = false, IReadOnlyList<Weekday>? days = null) =>
        new(id, name, minutes, 0, perDay, days ?? WeekdayNames.All, Windows(windows), competences, false, fagteam, indirect);

    /// <summary>"07:00-09:00" per window.</summary>
    private static IReadOnlyList<TimeWindow> Windows(string[] windows) =>
        windows.Select(text => text.Split('-')).Select(parts => new TimeWindow(ClockTime.Parse(parts[0]), ClockTime.Parse(parts[1]))).ToList();
}
