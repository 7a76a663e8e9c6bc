using Google.OrTools.Sat;

namespace Velferd.Turnus.Solver.Modelling;

/// <summary>Soft versions of linear rules; each returns its slack variables and adds its penalty terms.</summary>
public static class SoftConstraints
{
    /// <summary>
    /// expression should equal <paramref name="target"/>: each unit short costs underWeight, each
    /// unit above costs overWeight. Posts expression + under - over == target with tight bounds
    /// (under &lt;= target - minValue, over &lt;= maxValue - target).
    /// </summary>
    /// <param name="minValue">Smallest value the expression can take.</param>
    /// <param name="maxValue">Largest value the expression can take.</param>
    public static TargetSlack AddTarget(
        CpModel model, ObjectiveBuilder objective, string rule, LinearExpr expression,
        long target, long minValue, long maxValue, long underWeight, long overWeight, string name)
    {
        var under = model.NewIntVar(0, Math.Max(0, target - minValue), $"{name}_under");
        var over = model.NewIntVar(0, Math.Max(0, maxValue - target), $"{name}_over");
        model.Add(expression + under - over == target);
        if (underWeight != 0) objective.Add(rule, under, underWeight);
        if (overWeight != 0) objective.Add(rule, over, overWeight);
        return new TargetSlack(under, over);
    }

    /// <summary>expression should be at least <paramref name="min"/>; each unit short costs weight.</summary>
    public static IntVar AddAtLeast(
        CpModel model, ObjectiveBuilder objective, string rule, LinearExpr expression, long min, long minValue, long weight, string name)
    {
        var shortfall = model.NewIntVar(0, Math.Max(0, min - minValue), $"{name}_short");
        model.Add(expression + shortfall >= min);
        objective.Add(rule, shortfall, weight);
        return shortfall;
    }

    /// <summary>expression should be at most <paramref name="max"/>; each unit above costs weight.</summary>
    public static IntVar AddAtMost(
        CpModel model, ObjectiveBuilder objective, string rule, LinearExpr expression, long max, long maxValue, long weight, string name)
    {
        var excess = model.NewIntVar(0, Math.Max(0, maxValue - max), $"{name}_excess");
        model.Add(expression - excess <= max);
        objective.Add(rule, excess, weight);
        return excess;
    }
}

/// <summary>Shortfall and excess of a soft target.</summary>
public sealed record TargetSlack(IntVar Under, IntVar Over);
