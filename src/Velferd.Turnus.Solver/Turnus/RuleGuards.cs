using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Checking;

namespace Velferd.Turnus.Solver.Turnus;

/// <summary>
/// In explain mode every hard rule is posted per subject (a person, a week, a period of minimum
/// staffing) under its own enforcement literal, assumed true. When the unit is infeasible, CP-SAT
/// names a set of these literals that cannot all hold: that set, in words, is the explanation.
/// Off by default, because unconditional constraints solve faster.
/// </summary>
public sealed class RuleGuards(bool enabled)
{
    private readonly List<Guard> guards = [];

    public static RuleGuards Off => new(false);

    public bool Enabled { get; } = enabled;

    public IReadOnlyList<Guard> All => guards;

    /// <summary>The literal that switches one rule on for one subject, or null when not explaining.</summary>
    public ILiteral? For(CpModel model, RuleId rule, string? personId, int? day, string description)
    {
        if (!Enabled)
            return null;
        var literal = model.NewBoolVar($"guard_{rule}_{guards.Count}");
        guards.Add(new Guard(literal, rule, personId, day, description));
        return literal;
    }

    public Guard? Find(int literalIndex) => guards.FirstOrDefault(guard => guard.Literal.GetIndex() == literalIndex);
}

/// <summary>One rule switched on for one subject, described in the users' terms.</summary>
public sealed record Guard(BoolVar Literal, RuleId Rule, string? PersonId, int? Day, string Description);

internal static class GuardExtensions
{
    /// <summary>Makes a constraint conditional on the guard when explaining.</summary>
    public static Constraint When(this Constraint constraint, ILiteral? guard)
    {
        if (guard is not null)
            constraint.OnlyEnforceIf(guard);
        return constraint;
    }
}
