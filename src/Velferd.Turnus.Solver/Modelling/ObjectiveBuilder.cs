using Google.OrTools.Sat;

namespace Velferd.Turnus.Solver.Modelling;

/// <summary>
/// Collects weighted penalty terms from the soft rules so that the objective is assembled in one
/// place and every term keeps the name of the rule that produced it.
/// </summary>
public sealed class ObjectiveBuilder
{
    private readonly List<LinearExpr> _terms = [];
    private readonly Dictionary<string, List<LinearExpr>> _byRule = new(StringComparer.Ordinal);
    private long _constant;

    /// <summary>Adds weight × literal (paid when the literal is true; pass literal.Not() to pay when false).</summary>
    public void AddLiteral(string rule, ILiteral literal, long weight) => Add(rule, LinearExpr.Term(literal, weight));

    /// <summary>Adds weight × expression (e.g. a slack variable).</summary>
    public void Add(string rule, LinearExpr expression, long weight) => Add(rule, LinearExpr.Term(expression, weight));

    /// <summary>Adds an already weighted expression.</summary>
    public void Add(string rule, LinearExpr weighted)
    {
        _terms.Add(weighted);
        if (!_byRule.TryGetValue(rule, out var list)) _byRule[rule] = list = [];
        list.Add(weighted);
    }

    /// <summary>A fixed penalty (e.g. a request that can never be met).</summary>
    public void AddConstant(long value) => _constant += value;

    public IReadOnlyCollection<string> Rules => _byRule.Keys;

    /// <summary>The penalty expression of one rule, e.g. to report or bound it separately.</summary>
    public LinearExpr ForRule(string rule) =>
        _byRule.TryGetValue(rule, out var list) ? LinearExpr.Sum(list) : LinearExpr.Constant(0);

    public LinearExpr Build() => LinearExpr.Sum(_terms) + _constant;

    public void Minimize(CpModel model) => model.Minimize(Build());
}
