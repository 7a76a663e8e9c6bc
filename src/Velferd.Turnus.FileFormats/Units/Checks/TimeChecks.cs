using Velferd.Turnus.Domain.Rules;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.FileFormats.Validation;

namespace Velferd.Turnus.FileFormats.Units.Checks;

/// <summary>Checks of times and windows shared by shifts, vedtak, visits, base staffing and tasks.</summary>
internal static class TimeChecks
{
    /// <summary>
    /// A window may run over midnight only when it starts at 12:00 or later (an evening or night window);
    /// an end before a morning start is a typing error, not a 20-hour window. Times must be on the 15-minute grid.
    /// Returns the window when it is usable.
    /// </summary>
    public static TimeWindow? Window(IssueList issues, string path, string? from, string? to, string fromName = "from", string toName = "to")
    {
        if (!ClockTime.TryParse(from, out var start) || !ClockTime.TryParse(to, out var end))
            return null; // the schema has reported the format
        var ok = OnGrid(issues, JsonPaths.Property(path, fromName), start) & OnGrid(issues, JsonPaths.Property(path, toName), end);
        if (start.Minutes == 24 * 60)
        {
            issues.Error(JsonPaths.Property(path, fromName), "24:00 can only end a window; start at 00:00 instead");
            return null;
        }
        if (end.Minutes == start.Minutes && start.Minutes != 0)
        {
            issues.Error(JsonPaths.Property(path, toName), $"window is empty: it ends when it starts ({from}); use 00:00–24:00 for the whole day");
            return null;
        }
        if (end.Minutes < start.Minutes && start.Minutes < 12 * 60)
        {
            issues.Error(JsonPaths.Property(path, toName),
                $"ends before it starts ({from}); only windows starting at 12:00 or later may run over midnight");
            return null;
        }
        return ok ? new TimeWindow(start, end) : null;
    }

    /// <summary>Whether <see cref="Window"/> accepts the window, for checks that should not pile onto a reported error.</summary>
    public static bool IsUsable(ClockTime start, ClockTime end) =>
        start.Minutes < ClockTime.MinutesPerDay && SlotGrid.IsOnGrid(start) && SlotGrid.IsOnGrid(end) &&
        (end.Minutes > start.Minutes || (end.Minutes < start.Minutes && start.Minutes >= 12 * 60) || start.Minutes + end.Minutes == 0);

    private static bool OnGrid(IssueList issues, string path, ClockTime time)
    {
        if (SlotGrid.IsOnGrid(time))
            return true;
        issues.Error(path, $"must be on the {SlotGrid.SlotMinutes}-minute grid (e.g. 07:15, 07:30)");
        return false;
    }

    /// <summary>Weekday codes; absent means all seven (the schema has checked the codes).</summary>
    public static IReadOnlyList<Weekday> Weekdays(IEnumerable<string>? codes) =>
        codes is null
            ? WeekdayNames.All
            : codes.Select(code => WeekdayNames.TryParse(code, out var day) ? (Weekday?)day : null)
                .OfType<Weekday>().Distinct().ToList();

    /// <summary>Reports windows of one list that overlap on a day (their demand would be counted twice).</summary>
    public static void NoOverlap(IssueList issues, string listPath, IReadOnlyList<TimeWindow?> windows)
    {
        for (var i = 0; i < windows.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (windows[i] is { } a && windows[j] is { } b && Overlap(a, b))
                    issues.Error(JsonPaths.Item(listPath, i), $"overlaps window [{j}] ({b}); join them into one window");
            }
        }
    }

    private static bool Overlap(TimeWindow a, TimeWindow b)
    {
        var (aStart, aEnd) = a.MinuteRange;
        var (bStart, bEnd) = b.MinuteRange;
        const int day = ClockTime.MinutesPerDay;
        return Intersects(aStart, aEnd, bStart, bEnd) || Intersects(aStart, aEnd, bStart + day, bEnd + day) ||
               Intersects(aStart + day, aEnd + day, bStart, bEnd);
    }

    /// <summary>Whether a window overlaps the night (AML §10-11, rules nightStartHour–nightEndHour) on its day or the next.</summary>
    public static bool ReachesNight(TimeWindow window, RuleSet rules)
    {
        var (start, end) = window.MinuteRange;
        var nightStart = (int)(rules.NightStartHour * 60);
        var nightEnd = (int)(rules.NightEndHour * 60);
        const int day = ClockTime.MinutesPerDay;
        return Intersects(start, end, 0, nightEnd) || Intersects(start, end, nightStart, day + nightEnd) ||
               Intersects(start, end, day + nightStart, 2 * day);
    }

    /// <summary>The night as the rules define it, for messages: "21:00–06:00".</summary>
    public static string NightText(RuleSet rules) =>
        new TimeWindow(ClockTime.FromHours(rules.NightStartHour), ClockTime.FromHours(rules.NightEndHour)).ToString();

    private static bool Intersects(int aStart, int aEnd, int bStart, int bEnd) => aStart < bEnd && bStart < aEnd;
}
