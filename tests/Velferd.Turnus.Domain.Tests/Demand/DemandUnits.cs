using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Costs;
using Velferd.Turnus.Domain.Rules;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Domain.Tests.Demand;

/// <summary>Hand-built units for demand tests: only what the demand engine reads.</summary>
internal static class DemandUnits
{
    public static TimeWindow Window(string from, string to) => new(ClockTime.Parse(from), ClockTime.Parse(to));

    public static Vedtak Vedtak(double hoursPerWeek, TimeWindow window, Competence competence = Competence.Helsefagarbeider,
        int ratio = 1, NightCover night = NightCover.Awake, IReadOnlyList<Weekday>? days = null) =>
        new($"v{hoursPerWeek}", "test", hoursPerWeek, days ?? WeekdayNames.All, [window], ratio, competence, night, []);

    public static Vedtak Visits(Competence competence, int ratio, params Visit[] visits) =>
        new("besok", "test", 0, WeekdayNames.All, [TimeWindow.WholeDay], ratio, competence, NightCover.Awake, visits);

    public static BaseStaffingRule Base(TimeWindow window, Competence competence, int count = 1, NightCover presence = NightCover.Awake) =>
        new("base", "test", WeekdayNames.All, window, competence, count, presence);

    public static Unit Unit(double directTimeShare, IEnumerable<Vedtak> vedtak, IEnumerable<BaseStaffingRule>? baseStaffing = null) =>
        new("test", "Test", UnitKind.Bofellesskap, directTimeShare, [],
            vedtak.Select((item, i) => new Resident($"r{i}", $"Beboer {i}", [item])).ToList(),
            (baseStaffing ?? []).ToList(), [], [], RuleSet.Default, CostProfiles.Default);

    public static int Slot(Weekday day, string time) => SlotGrid.WeekSlot(day, ClockTime.Parse(time).Minutes / SlotGrid.SlotMinutes);
}
