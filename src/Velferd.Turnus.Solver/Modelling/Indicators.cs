using Google.OrTools.Sat;

namespace Velferd.Turnus.Solver.Modelling;

/// <summary>Boolean indicators over groups of literals (e.g. "works this weekend").</summary>
public static class Indicators
{
    /// <summary>
    /// A literal that is true when any of <paramref name="literals"/> is. With <paramref name="exact"/>
    /// false only "any → indicator" is posted, which suffices (and presolves better) when the indicator
    /// is only ever bounded from above, as in "at most N weekends".
    /// </summary>
    public static ILiteral AnyOf(CpModel model, IReadOnlyCollection<ILiteral> literals, string name, bool exact = true)
    {
        if (literals.Count == 1 && exact) return literals.First();
        var indicator = model.NewBoolVar(name);
        foreach (var literal in literals) model.AddImplication(literal, indicator);
        if (exact) model.AddBoolOr([.. literals, indicator.Not()]);
        return indicator;
    }

    /// <summary>
    /// At most <paramref name="max"/> of the groups may have any active literal (e.g. weekends worked):
    /// one <see cref="AnyOf"/> indicator per group and a cardinality constraint on them.
    /// </summary>
    /// <returns>The group indicators, in group order.</returns>
    public static IReadOnlyList<ILiteral> AddMaxActiveGroups(
        CpModel model, IEnumerable<IReadOnlyCollection<ILiteral>> groups, int max, string name)
    {
        var indicators = groups
            .Where(g => g.Count > 0)
            .Select((g, i) => AnyOf(model, g, $"{name}{i}", exact: false))
            .ToList();
        if (indicators.Count > max) model.Add(LinearExpr.Sum(indicators) <= max);
        return indicators;
    }
}
