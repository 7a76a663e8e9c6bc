using Velferd.Turnus.FileFormats.Validation;

namespace Velferd.Turnus.FileFormats.Units.Checks;

/// <summary>Base staffing rules: unique ids and usable windows.</summary>
internal static class BaseStaffingChecks
{
    public static void Run(UnitCheckContext context)
    {
        var rules = context.Unit.BaseStaffing ?? [];
        context.CheckUnique(rules.Select((rule, i) => (rule.Id, $"$.baseStaffing[{i}].id")), "base staffing rule id");
        for (var i = 0; i < rules.Count; i++)
            TimeChecks.Window(context.Issues, $"$.baseStaffing[{i}]", rules[i].From, rules[i].To);
    }
}
