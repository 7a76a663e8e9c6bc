using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Time;

namespace Velferd.Turnus.FileFormats.Units.Checks;

/// <summary>
/// Demand that the unit cannot meet as described: help needing a competence nobody on staff (or in a vacancy)
/// has, hours of awake demand no awake shift covers, sleeping presence without a sleeping-night shift.
/// These are warnings: the plan will show the gap priced as vikar.
/// </summary>
internal static class CoverageChecks
{
    public static void Run(UnitCheckContext context)
    {
        var staff = (context.Unit.Employees ?? []).Select(employee => employee.Competence)
            .Concat((context.Unit.Vacancies ?? []).Select(vacancy => vacancy.Competence))
            .Select(code => CompetenceCodes.TryParse(code, out var competence) ? (Competence?)competence : null)
            .OfType<Competence>().ToHashSet();
        var coveredAwake = ShiftCoverage(context, includeSleeping: false);
        var coveredAny = ShiftCoverage(context, includeSleeping: true);
        var hasSleepingShift = context.Shifts.Any(shift => shift.Category == "sleepingNight");

        var residents = context.Unit.Residents ?? [];
        for (var i = 0; i < residents.Count; i++)
        {
            var vedtak = residents[i].Vedtak ?? [];
            for (var j = 0; j < vedtak.Count; j++)
            {
                var path = $"$.residents[{i}].vedtak[{j}]";
                NeedsStaff(context, staff, vedtak[j].Competence, $"{path}.competence");
                var windows = vedtak[j].Visits is { Count: > 0 } visits
                    ? visits.Select(visit => visit.Window)
                    : vedtak[j].Windows ?? [new WindowDto("00:00", "24:00")];
                var sleeping = vedtak[j].Night == "sleeping";
                NeedsShifts(context, sleeping, sleeping ? coveredAny : coveredAwake, windows, path);
                if (sleeping && !hasSleepingShift)
                    NoSleepingShift(context, $"{path}.night");
            }
        }
        var rules = context.Unit.BaseStaffing ?? [];
        for (var i = 0; i < rules.Count; i++)
        {
            NeedsStaff(context, staff, rules[i].Competence, $"$.baseStaffing[{i}].competence");
            var sleeping = rules[i].Presence == "sleeping";
            NeedsShifts(context, sleeping, sleeping ? coveredAny : coveredAwake, [new WindowDto(rules[i].From, rules[i].To)], $"$.baseStaffing[{i}]");
            if (sleeping && !hasSleepingShift)
                NoSleepingShift(context, $"$.baseStaffing[{i}].presence");
        }
    }

    private static void NeedsStaff(UnitCheckContext context, HashSet<Competence> staff, string? code, string path)
    {
        if (!CompetenceCodes.TryParse(code, out var needed) || staff.Any(have => CompetenceCoverage.CanCover(have, needed)))
            return;
        var haves = staff.Count == 0 ? "none" : string.Join(", ", staff.Select(have => have.Code()));
        context.Issues.Warning(path, $"no employee or vacancy can give this help (staff competences: {haves})");
    }

    private static void NoSleepingShift(UnitCheckContext context, string path) =>
        context.Issues.Warning(path, "is 'sleeping' but the unit has no sleepingNight shift; awake night shifts will have to give this presence");

    private static void NeedsShifts(UnitCheckContext context, bool sleeping, bool[] covered, IEnumerable<WindowDto?> windows, string path)
    {
        foreach (var dto in windows)
        {
            if (dto is null || !ClockTime.TryParse(dto.From, out var from) || !ClockTime.TryParse(dto.To, out var to) || !TimeChecks.IsUsable(from, to))
                continue; // a broken window has its own error
            var gap = SlotGrid.SlotsOf(Weekday.Monday, new TimeWindow(from, to)).Select(SlotGrid.SlotOfDay).FirstOrDefault(slot => !covered[slot], -1);
            if (gap >= 0)
            {
                var shiftKind = sleeping ? "shift" : "awake shift";
                context.Issues.Warning(path, $"no {shiftKind} covers {new ClockTime(gap * SlotGrid.SlotMinutes)}, when this demand needs staff");
                return;
            }
        }
    }

    /// <summary>Which 15-minute slots of a day some shift of the catalogue covers (awake shifts only, or sleeping nights too).</summary>
    private static bool[] ShiftCoverage(UnitCheckContext context, bool includeSleeping)
    {
        var covered = new bool[SlotGrid.SlotsPerDay];
        foreach (var shift in context.Shifts.Where(shift => includeSleeping || shift.Category != "sleepingNight"))
        {
            if (!ClockTime.TryParse(shift.Start, out var start) || !ClockTime.TryParse(shift.End, out var end) || !TimeChecks.IsUsable(start, end))
                continue;
            foreach (var slot in SlotGrid.SlotsOf(Weekday.Monday, new TimeWindow(start, end)))
                covered[SlotGrid.SlotOfDay(slot)] = true;
        }
        return covered;
    }
}
