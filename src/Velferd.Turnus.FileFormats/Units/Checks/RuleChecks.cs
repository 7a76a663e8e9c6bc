using Velferd.Turnus.Domain.Rules;
using Velferd.Turnus.FileFormats.Validation;
using static System.FormattableString;

namespace Velferd.Turnus.FileFormats.Units.Checks;

/// <summary>Rule overrides: known names and values within what law and agreement allow.</summary>
internal static class RuleChecks
{
    public static void Run(UnitCheckContext context)
    {
        foreach (var (name, value) in context.Unit.Rules ?? [])
        {
            var path = JsonPaths.Property("$.rules", name);
            if (RuleCatalogue.Find(name) is not { } rule)
                context.Issues.Error(path, $"unknown rule{NameSuggestion.Hint(name, RuleCatalogue.All.Select(known => known.Name))}; known rules: {RuleCatalogue.Names}");
            else if (!rule.Allows(value))
                context.Issues.Error(path, $"{rule.AllowedText} ({rule.Source})");
        }
        if (context.Rules.MaxAverageHoursPerWeek > context.Rules.MaxHoursPerWeek)
            context.Issues.Error("$.rules.maxAverageHoursPerWeek", Invariant($"must not be larger than maxHoursPerWeek ({context.Rules.MaxHoursPerWeek:0.##})"));
    }
}
