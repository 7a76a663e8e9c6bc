using Google.OrTools.Sat;

namespace Velferd.Turnus.Solver.Modelling;

/// <summary>Reads variables and literals out of a solution given as values by variable index.</summary>
public static class SolutionValues
{
    public static long Value(this IReadOnlyList<long> values, IntVar variable) => values[variable.GetIndex()];

    /// <summary>Value of a literal; negated literals have negative indexes (-index - 1) in CP-SAT.</summary>
    public static bool BooleanValue(this IReadOnlyList<long> values, ILiteral literal)
    {
        var index = literal.GetIndex();
        return index >= 0 ? values[index] != 0 : values[-index - 1] == 0;
    }
}
