using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Time;

namespace Velferd.Turnus.FileFormats.Units.Checks;

/// <summary>
/// Demand that the unit cannot meet as described: help needing a competence nobody on staff (or in a vacancy)
/// has, and hours of demand no shift covers. These are warnings: the plan will show the gap priced as vikar.
/// </summary>
internal static class CoverageChecks
{
    public static void Run(UnitCheckContext context)
    {
        var staff = (context.Unit.Employees ?? []).Select(employee => employee.Competence)
            .Concat((context.Unit.Vacancies ?? []).Select(vacancy => vacancy.Competence))
            .Select(code => CompetenceCodes.TryParse(code, out var competence) ? (Competence?)competence : null)
            .OfType<Competence>().ToHashSet();
        var covered = ShiftCoverage(context);

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
                NeedsShifts(context, covered, windows, $"{path}");
            }
        }
        var rules = context.Unit.BaseStaffing ?? [];
        for (var i = 0; i < rules.Count; i++)
        {
            NeedsStaff(context, staff, rules[i].Competence, $"$.baseStaffing[{i}].competence");
            NeedsShifts(context, covered, [new WindowDto(rules[i].From, rules[i].To)], $"$.baseStaffing[{i}]");
        }
    }

    private static void NeedsStaff(UnitCheckContext context, HashSet<Competence> staff, string? code, string path)
    {
        if (!CompetenceCodes.TryParse(code, out var needed) || staff.Any(have => CompetenceCoverage.CanCover(have, needed)))
            return;
        var haves = staff.Count == 0 ? "none" : string.Join(", ", staff.Select(have => have.Code()));
        context.Issues.Warning(path, $"no employee or vacancy can give this help (staff competences: {haves})");
    }

    private static void NeedsShifts(UnitCheckContext context, bool[] covered, IEnumerable<WindowDto?> windows, string path)
    {
        foreach (var dto in windows)
        {
            if (dto is null || !ClockTime.TryParse(dto.From, out var from) || !ClockTime.TryParse(dto.To, out var to))
                continue;
            var gap = SlotGrid.SlotsOf(Weekday.Monday, new TimeWindow(from, to)).Select(SlotGrid.SlotOfDay).FirstOrDefault(slot => !covered[slot], -1);
            if (gap >= 0)
            {
                context.Issues.Warning(path, $"no shift covers {new ClockTime(gap * SlotGrid.SlotMinutes)}, when this demand needs staff");
                return;
            }
        }
    }

    /// <summary>Which 15-minute slots of a day some shift of the catalogue covers.</summary>
    private static bool[] ShiftCoverage(UnitCheckContext context)
    {
        var covered = new bool[SlotGrid.SlotsPerDay];
        foreach (var shift in context.Shifts)
        {
            if (!ClockTime.TryParse(shift.Start, out var start) || !ClockTime.TryParse(shift.End, out var end) || start.Minutes >= 1440)
                continue;
            foreach (var slot in SlotGrid.SlotsOf(Weekday.Monday, new TimeWindow(start, end)))
                covered[SlotGrid.SlotOfDay(slot)] = true;
        }
        return covered;
    }
}
