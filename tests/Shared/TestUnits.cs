using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Costs;
using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Domain.Rules;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Tests.Shared;

/// <summary>
/// Hand-made units for tests, built in code: a small shift catalogue, employees by position size, base staffing
/// and vedtak. Everything not given is empty, so a test shows exactly what its unit holds.
/// </summary>
internal static class TestUnits
{
    /// <summary>Dagvakt 07:00–15:00, 8 h.</summary>
    public static readonly ShiftDefinition D = Shift("D", "07:00", "15:00", ShiftCategory.Day);

    /// <summary>Aftenvakt 15:00–23:00, 8 h.</summary>
    public static readonly ShiftDefinition A = Shift("A", "15:00", "23:00", ShiftCategory.Evening);

    /// <summary>Våken nattevakt 23:00–07:00, 8 h.</summary>
    public static readonly ShiftDefinition N = Shift("N", "23:00", "07:00", ShiftCategory.Night);

    /// <summary>Langvakt 07:00–19:30 with a 30-minute unpaid break: 12 h paid.</summary>
    public static readonly ShiftDefinition L = Shift("L", "07:00", "19:30", ShiftCategory.Long, unpaidBreak: 30);

    /// <summary>Hvilende nattevakt 22:00–08:00: 10 h paid, counted at the sleeping-night factor.</summary>
    public static readonly ShiftDefinition H = Shift("H", "22:00", "08:00", ShiftCategory.SleepingNight);

    public static IReadOnlyList<ShiftDefinition> Catalogue { get; } = [D, A, N, L, H];

    /// <summary>The law and agreement defaults with a 40-hour full-time week, so 8-hour days make round positions (5 D a week = 100 %).</summary>
    public static RuleSet FortyHourWeek { get; } = RuleSet.Default with { FullTimeHoursPerWeek = 40 };

    public static ShiftDefinition Shift(string code, string start, string end, ShiftCategory category, int unpaidBreak = 0) =>
        new(code, code, ClockTime.Parse(start), ClockTime.Parse(end), unpaidBreak, category);

    public static TimeWindow Window(string from, string to) => new(ClockTime.Parse(from), ClockTime.Parse(to));

    /// <summary>An employee; helgefrekvens 1 (no weekend limit) unless a test is about weekends.</summary>
    public static Employee Employee(
        string id, double stillingsprosent, Competence competence = Competence.Helsefagarbeider, int helgefrekvens = 1,
        NightWork night = NightWork.Yes, bool longShifts = false, double? desired = null,
        IReadOnlyList<Unavailability>? unavailable = null, IReadOnlyList<ShiftWish>? wishes = null) =>
        new(id, id, competence, stillingsprosent, desired, helgefrekvens, night, longShifts, DelegatedMedication: false,
            unavailable ?? [], wishes ?? []);

    public static BaseStaffingRule Base(TimeWindow window, Competence competence, int count = 1,
        NightCover presence = NightCover.Awake, IReadOnlyList<Weekday>? days = null) =>
        new("base", "test", days ?? WeekdayNames.All, window, competence, count, presence);

    public static Vedtak Vedtak(double hoursPerWeek, TimeWindow window, Competence competence = Competence.Helsefagarbeider,
        int ratio = 1, NightCover night = NightCover.Awake, IReadOnlyList<Weekday>? days = null) =>
        new($"v{hoursPerWeek}", "test", hoursPerWeek, days ?? WeekdayNames.All, [window], ratio, competence, night, []);

    /// <summary>A unit of kind bofellesskap; each vedtak belongs to a resident of its own.</summary>
    public static Unit Unit(
        IEnumerable<Employee>? employees = null, IEnumerable<ShiftDefinition>? shifts = null,
        IEnumerable<BaseStaffingRule>? baseStaffing = null, IEnumerable<Vedtak>? vedtak = null,
        IEnumerable<Vacancy>? vacancies = null, RuleSet? rules = null, int weeks = 1, double directTimeShare = 0.65) =>
        new("test", "Test", UnitKind.Bofellesskap, directTimeShare, (shifts ?? Catalogue).ToList(),
            (vedtak ?? []).Select((item, i) => new Resident($"r{i}", $"Beboer {i}", [item])).ToList(),
            (baseStaffing ?? []).ToList(), (employees ?? []).ToList(), (vacancies ?? []).ToList(),
            rules ?? FortyHourWeek, CostProfiles.Default)
        {
            RotationWeeks = weeks,
        };
}

/// <summary>Plans written as a roster grid: one row per person, a shift code or "-" per day, "|" between weeks for the eye.</summary>
internal static class TestPlans
{
    public static Plan Of(Unit unit, params (string Person, string Days)[] rows) => Of(unit, [], rows);

    public static Plan Of(Unit unit, IReadOnlyList<PlanPosition> positions, params (string Person, string Days)[] rows)
    {
        var assignments = new List<ShiftAssignment>();
        int? days = null;
        foreach (var (person, text) in rows)
        {
            var codes = text.Split([' ', '|'], StringSplitOptions.RemoveEmptyEntries);
            if (days is { } expected && codes.Length != expected)
                throw new ArgumentException($"{person} has {codes.Length} days, the first row {expected}.");
            days = codes.Length;
            assignments.AddRange(codes.Select((code, day) => (code, day)).Where(item => item.code != "-")
                .Select(item => new ShiftAssignment(person, item.day, item.code)));
        }
        if (days is not { } length || length % 7 != 0)
            throw new ArgumentException("A plan needs whole weeks of days.");
        return new Plan(unit.Id, length / 7, positions, assignments);
    }
}
