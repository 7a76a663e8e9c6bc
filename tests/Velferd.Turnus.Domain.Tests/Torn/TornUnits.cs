using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Costs;
using Velferd.Turnus.Domain.Rules;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Domain.Tests.Torn;

/// <summary>Hand-built units for TØRN tests.</summary>
internal static class TornUnits
{
    public static TimeWindow Window(string from, string to) => new(ClockTime.Parse(from), ClockTime.Parse(to));

    public static Unit Unit(UnitKind kind = UnitKind.Bofellesskap, double directTimeShare = 1, IReadOnlyList<Vedtak>? vedtak = null,
        IReadOnlyList<Employee>? employees = null, IReadOnlyList<CareTask>? tasks = null) =>
        new("enhet", "Enhet", kind, directTimeShare, [],
            (vedtak ?? []).Select((item, i) => new Resident($"r{i}", $"Beboer {i}", [item])).ToList(),
            [], employees ?? [], [], RuleSet.Default, CostProfiles.Default) { Tasks = tasks ?? [] };

    public static Vedtak Vedtak(double hours, TimeWindow window, Competence competence) =>
        new($"v-{competence}-{hours}", "test", hours, WeekdayNames.All, [window], 1, competence, NightCover.Awake, []);

    public static Employee Employee(Competence competence, double percent = 100, bool delegated = false) =>
        new($"e-{competence}-{percent}-{delegated}", "Ansatt", competence, percent, null, 3, NightWork.Yes, false, delegated, [], []);

    public static CareTask Task(string id, int minutes, double perResident, TimeWindow window, Competence[] competences, bool delegated = false, bool indirect = false) =>
        new(id, id, minutes, perResident, 0, WeekdayNames.All, [window], competences, delegated, false, indirect);
}
