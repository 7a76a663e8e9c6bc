using Velferd.Turnus.Domain.Checking;

namespace Velferd.Turnus.Solver.Turnus;

/// <summary>
/// Why a unit cannot be planned: a set of rules (each for a person, a week or a staffing period) that
/// cannot all hold together. Dropping or relaxing any one of them makes a plan possible when
/// <see cref="IsMinimal"/>.
/// </summary>
public sealed record InfeasibilityExplanation(IReadOnlyList<ConflictingRule> Rules, bool IsMinimal, string Summary);

/// <summary>One rule in the conflict, in the users' terms.</summary>
public sealed record ConflictingRule(RuleId Rule, string? PersonId, int? Day, string Description)
{
    public string RuleName => RuleInfo.Of(Rule).Name;

    public string Reference => RuleInfo.Of(Rule).Reference;
}
