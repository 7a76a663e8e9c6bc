using Google.OrTools.Sat;

namespace Velferd.Turnus.Solver.Modelling;

/// <summary>Warm starts: give CP-SAT a (possibly partial or infeasible) solution to start from.</summary>
public static class SolutionHints
{
    /// <summary>Replaces the model's hint with the given literal values.</summary>
    public static void Set(CpModel model, IEnumerable<(ILiteral Literal, bool Value)> hint)
    {
        model.ClearHints();
        foreach (var (literal, value) in hint) model.AddHint(literal, value);
    }

    /// <summary>Replaces the hint with a full earlier solution (values by variable index, e.g. <see cref="SolveReport.Values"/>).</summary>
    public static void SetFromSolution(CpModelProto model, IReadOnlyList<long> values)
    {
        var hint = new PartialVariableAssignment();
        var count = Math.Min(values.Count, model.Variables.Count);
        for (var i = 0; i < count; i++)
        {
            hint.Vars.Add(i);
            hint.Values.Add(values[i]);
        }
        model.SolutionHint = hint;
    }
}
