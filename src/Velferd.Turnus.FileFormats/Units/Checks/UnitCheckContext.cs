using Velferd.Turnus.Domain.Rules;
using Velferd.Turnus.FileFormats.Validation;

namespace Velferd.Turnus.FileFormats.Units.Checks;

/// <summary>What the checks share: the file, where to report, and the unit's effective rules.</summary>
internal sealed class UnitCheckContext(UnitFileDto unit, IssueList issues)
{
    public UnitFileDto Unit { get; } = unit;

    public IssueList Issues { get; } = issues;

    public IReadOnlyList<ShiftDto> Shifts => Unit.Shifts ?? [];

    public ISet<string> ShiftCodes { get; } = (unit.Shifts ?? []).Where(shift => shift.Code is not null)
        .Select(shift => shift.Code!).ToHashSet(StringComparer.Ordinal);

    public int RotationWeeks => Unit.RotationWeeks ?? 6;

    /// <summary>Rules with the file's valid overrides applied (invalid ones are reported by RuleChecks).</summary>
    public RuleSet Rules { get; } = EffectiveRules(unit.Rules);

    /// <summary>Reports ids that occur more than once in one id space.</summary>
    public void CheckUnique(IEnumerable<(string? Id, string Path)> items, string what)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, path) in items)
        {
            if (id is null)
                continue;
            if (seen.TryGetValue(id, out var first))
                Issues.Error(path, $"duplicate {what}; first used at {first}");
            else
                seen[id] = path;
        }
    }

    private static RuleSet EffectiveRules(Dictionary<string, double>? overrides)
    {
        var rules = RuleSet.Default;
        foreach (var (name, value) in overrides ?? [])
        {
            if (RuleCatalogue.Find(name) is { } rule && rule.Allows(value))
                rules = rule.With(rules, value);
        }
        return rules;
    }
}
