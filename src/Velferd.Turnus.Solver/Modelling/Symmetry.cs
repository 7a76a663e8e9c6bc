using Google.OrTools.Sat;

namespace Velferd.Turnus.Solver.Modelling;

/// <summary>
/// Symmetry breaking between interchangeable rows (e.g. employees with identical contracts,
/// wishes and days off): any solution can be permuted so that their rows are in lexicographic order.
/// </summary>
public static class Symmetry
{
    /// <summary>
    /// Orders each row lexicographically at or above the next: rows[i] ≥lex rows[i+1]. Rows are
    /// compared literal by literal (true &gt; false); all rows must have the same length.
    /// </summary>
    public static void AddLexicographicOrder(CpModel model, IReadOnlyList<IReadOnlyList<ILiteral>> rows, string name = "lex")
    {
        for (var r = 0; r + 1 < rows.Count; r++) AddLexGreaterOrEqual(model, rows[r], rows[r + 1], $"{name}{r}_");
    }

    /// <summary>first ≥lex second, with one "equal so far" literal per position.</summary>
    public static void AddLexGreaterOrEqual(CpModel model, IReadOnlyList<ILiteral> first, IReadOnlyList<ILiteral> second, string name = "lex")
    {
        if (first.Count != second.Count) throw new ArgumentException("Rows to order must have the same length.", nameof(second));
        ILiteral? equalSoFar = null;
        for (var i = 0; i < first.Count; i++)
        {
            // While the prefixes are equal, position i may not have second above first.
            if (equalSoFar is null) model.AddImplication(second[i], first[i]);
            else model.AddBoolOr([equalSoFar.Not(), second[i].Not(), first[i]]);
            if (i == first.Count - 1) break;

            var equalHere = model.NewBoolVar($"{name}eq{i}");
            // equalHere → equalSoFar ∧ first[i] == second[i]; only this direction is needed.
            if (equalSoFar is not null) model.AddImplication(equalHere, equalSoFar);
            model.AddBoolOr([equalHere.Not(), first[i].Not(), second[i]]);
            model.AddBoolOr([equalHere.Not(), first[i], second[i].Not()]);
            // ...and it must be true whenever the prefix really is equal, or the order would not bind.
            ILiteral[] reasons = equalSoFar is null ? [] : [equalSoFar.Not()];
            model.AddBoolOr([.. reasons, first[i].Not(), second[i].Not(), equalHere]);
            model.AddBoolOr([.. reasons, first[i], second[i], equalHere]);
            equalSoFar = equalHere;
        }
    }
}
