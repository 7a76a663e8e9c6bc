using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Rules;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Tests.Shared;

namespace Velferd.Turnus.Domain.Tests.Demand;

/// <summary>Hand-built units for demand tests: only what the demand engine reads (built by the shared <see cref="TestUnits"/>).</summary>
internal static class DemandUnits
{
    public static TimeWindow Window(string from, string to) => TestUnits.Window(from, to);

    public static Vedtak Vedtak(double hoursPerWeek, TimeWindow window, Competence competence = Competence.Helsefagarbeider,
        int ratio = 1, NightCover night = NightCover.Awake, IReadOnlyList<Weekday>? days = null) =>
        TestUnits.Vedtak(hoursPerWeek, window, competence, ratio, night, days);

    public static Vedtak Visits(Competence competence, int ratio, params Visit[] visits) =>
        new("besok", "test", 0, WeekdayNames.All, [TimeWindow.WholeDay], ratio, competence, NightCover.Awake, visits);

    public static BaseStaffingRule Base(TimeWindow window, Competence competence, int count = 1, NightCover presence = NightCover.Awake) =>
        TestUnits.Base(window, competence, count, presence);

    public static Unit Unit(double directTimeShare, IEnumerable<Vedtak> vedtak, IEnumerable<BaseStaffingRule>? baseStaffing = null) =>
        TestUnits.Unit(shifts: [], vedtak: vedtak, baseStaffing: baseStaffing, rules: RuleSet.Default, directTimeShare: directTimeShare);

    public static int Slot(Weekday day, string time) => SlotGrid.WeekSlot(day, ClockTime.Parse(time).Minutes / SlotGrid.SlotMinutes);
}
