using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.FileFormats.Validation;
using static System.FormattableString;

namespace Velferd.Turnus.FileFormats.Units.Checks;

/// <summary>The shift catalogue: unique codes, sensible times, breaks shorter than the shift, AML §10-5 day limit.</summary>
internal static class ShiftChecks
{
    public static void Run(UnitCheckContext context)
    {
        var shifts = context.Shifts;
        context.CheckUnique(shifts.Select((shift, i) => (shift.Code, Path(i, "code"))), "shift code");
        for (var i = 0; i < shifts.Count; i++)
        {
            var shift = shifts[i];
            var window = TimeChecks.Window(context.Issues, JsonPaths.Item("$.shifts", i), shift.Start, shift.End, "start", "end");
            if (window is not { } w)
                continue;
            var breakMinutes = shift.UnpaidBreakMinutes ?? 0;
            if (breakMinutes >= w.DurationMinutes)
            {
                context.Issues.Error(Path(i, "unpaidBreakMinutes"), $"must be shorter than the shift ({w.DurationMinutes} min)");
                continue;
            }
            var paidHours = (w.DurationMinutes - breakMinutes) / 60.0;
            if (paidHours > context.Rules.MaxHoursPerDay + 1e-9)
            {
                context.Issues.Error(Path(i, "end"),
                    Invariant($"shift gives {paidHours:0.##} h of work, more than maxHoursPerDay {context.Rules.MaxHoursPerDay:0.##} h (AML §10-5(2))"));
            }
            if (shift.Category is "night" or "sleepingNight" && !TimeChecks.ReachesNight(w, context.Rules))
                context.Issues.Warning(Path(i, "category"), $"a night shift that does not touch the night ({TimeChecks.NightText(context.Rules)})");
        }
    }

    private static string Path(int index, string field) => JsonPaths.Property(JsonPaths.Item("$.shifts", index), field);
}
