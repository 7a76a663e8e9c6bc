using Velferd.Turnus.FileFormats.Validation;

namespace Velferd.Turnus.FileFormats.Units.Checks;

/// <summary>Base staffing rules: unique ids, usable windows, sleeping presence only where there is night.</summary>
internal static class BaseStaffingChecks
{
    public static void Run(UnitCheckContext context)
    {
        var rules = context.Unit.BaseStaffing ?? [];
        context.CheckUnique(rules.Select((rule, i) => (rule.Id, $"$.baseStaffing[{i}].id")), "base staffing rule id");
        for (var i = 0; i < rules.Count; i++)
        {
            var window = TimeChecks.Window(context.Issues, $"$.baseStaffing[{i}]", rules[i].From, rules[i].To);
            if (rules[i].Presence == "sleeping" && window is { } w && !TimeChecks.ReachesNight(w, context.Rules))
            {
                context.Issues.Warning($"$.baseStaffing[{i}].presence",
                    $"is 'sleeping' but the window does not reach the night ({TimeChecks.NightText(context.Rules)})");
            }
        }
    }
}
