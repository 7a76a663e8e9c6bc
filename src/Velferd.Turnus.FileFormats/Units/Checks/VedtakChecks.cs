using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.FileFormats.Validation;
using static System.FormattableString;

namespace Velferd.Turnus.FileFormats.Units.Checks;

/// <summary>Residents and their vedtak: unique ids, one way of stating the hours, windows, capacity at the staffing ratio, demand at all.</summary>
internal static class VedtakChecks
{
    public static void Run(UnitCheckContext context)
    {
        var residents = context.Unit.Residents ?? [];
        context.CheckUnique(residents.Select((resident, i) => (resident.Id, $"$.residents[{i}].id")), "resident id");
        for (var i = 0; i < residents.Count; i++)
        {
            if (residents[i].Vedtak is { Count: 0 })
                context.Issues.Warning($"$.residents[{i}].vedtak", "is empty: the resident adds no demand");
        }
        var allVedtak = residents.SelectMany((resident, i) => (resident.Vedtak ?? []).Select((vedtak, j) => (vedtak, path: $"$.residents[{i}].vedtak[{j}]"))).ToList();
        context.CheckUnique(allVedtak.Select(item => (item.vedtak.Id, $"{item.path}.id")), "vedtak id");
        foreach (var (vedtak, path) in allVedtak)
            Check(context, vedtak, path);
    }

    private static void Check(UnitCheckContext context, VedtakDto vedtak, string path)
    {
        var issues = context.Issues;
        var ratio = StaffingRatio.Parse(vedtak.StaffingRatio);
        if (vedtak.Visits is { Count: > 0 } visits)
        {
            CheckVisits(context, vedtak, visits, ratio, path);
            return;
        }
        if (vedtak.HoursPerWeek is null && vedtak.HoursPerMonth is null)
        {
            issues.Missing($"{path}.hoursPerWeek", "is required unless hoursPerMonth or visits are given");
            return;
        }
        if (vedtak.HoursPerWeek is not null && vedtak.HoursPerMonth is not null)
        {
            issues.Error($"{path}.hoursPerMonth", "give either hoursPerWeek or hoursPerMonth, not both");
            return;
        }

        if (vedtak.HoursPerWeek is 0 || vedtak.HoursPerMonth is 0)
            issues.Warning($"{path}.{(vedtak.HoursPerWeek is 0 ? "hoursPerWeek" : "hoursPerMonth")}", "is 0: the vedtak adds no demand");

        var windows = (vedtak.Windows ?? []).Select((window, i) => TimeChecks.Window(issues, $"{path}.windows[{i}]", window.From, window.To)).ToList();
        TimeChecks.NoOverlap(issues, $"{path}.windows", windows);
        if (windows.Any(window => window is null))
            return;
        var days = TimeChecks.Weekdays(vedtak.Weekdays).Count;
        var windowHours = vedtak.Windows is null ? 24 : windows.Sum(window => window!.Value.DurationHours);
        var capacity = days * windowHours * ratio;
        var hours = vedtak.HoursPerWeek ?? vedtak.HoursPerMonth!.Value * 12 / 52;
        if (hours > capacity + 1e-6)
        {
            var field = vedtak.HoursPerWeek is null ? "hoursPerMonth" : "hoursPerWeek";
            issues.Error($"{path}.{field}",
                Invariant($"is more than the windows allow: {days} day(s) × {windowHours:0.##} h × {ratio} staff = {capacity:0.##} h per week"));
        }
        if (vedtak.Night == "sleeping" && vedtak.Windows is not null && !windows.Any(window => TimeChecks.ReachesNight(window!.Value, context.Rules)))
            issues.Warning($"{path}.night", "is 'sleeping' but none of the windows reaches the night");
    }

    private static void CheckVisits(UnitCheckContext context, VedtakDto vedtak, List<VisitDto> visits, int ratio, string path)
    {
        var issues = context.Issues;
        if (vedtak.Windows is not null)
            issues.Error($"{path}.windows", "is not used when visits are given; give each visit its own window");
        if (vedtak.Weekdays is not null)
            issues.Error($"{path}.weekdays", "is not used when visits are given; give each visit its own weekdays");
        if (vedtak.HoursPerMonth is not null)
            issues.Error($"{path}.hoursPerMonth", "is not used when visits are given; the visits make the hours");
        if (vedtak.Night == "sleeping")
            issues.Warning($"{path}.night", "'sleeping' has no meaning for visits");
        double visitHours = 0;
        for (var i = 0; i < visits.Count; i++)
        {
            var visit = visits[i];
            var visitPath = $"{path}.visits[{i}]";
            if (visit.Window is null || TimeChecks.Window(issues, $"{visitPath}.window", visit.Window.From, visit.Window.To) is not { } window)
                continue;
            if (visit.Minutes is { } minutes && minutes > window.DurationMinutes)
                issues.Error($"{visitPath}.minutes", $"does not fit in its window {window} ({window.DurationMinutes} min)");
            visitHours += TimeChecks.Weekdays(visit.Weekdays).Count * (visit.Minutes ?? 0) * ratio / 60.0;
        }
        if (vedtak.HoursPerWeek is { } stated && Math.Abs(stated - visitHours) > 0.01)
            issues.Error($"{path}.hoursPerWeek", Invariant($"does not match the visits, which add up to {visitHours:0.##} h per week"));
    }
}
