using Google.OrTools.Sat;

namespace Velferd.Turnus.Solver.Modelling;

/// <summary>
/// Start and stop literal of every day of a sequence: Starts[d] is true when d is active and d-1
/// is not, Stops[d] when d is inactive and d-1 is active. Null where no transition can happen
/// (day 0 when nothing is known before the horizon).
/// </summary>
public sealed record RunTransitions(IReadOnlyList<ILiteral?> Starts, IReadOnlyList<ILiteral?> Stops)
{
    /// <summary>Creates the literals and links them: start[d] - stop[d] = active[d] - active[d-1].</summary>
    internal static RunTransitions Create(CpModel model, IReadOnlyList<ILiteral> active, SequenceEnds ends, string name)
    {
        var n = active.Count;
        var starts = new ILiteral?[n];
        var stops = new ILiteral?[n];
        for (var d = 0; d < n; d++)
        {
            LinearExpr previous;
            if (d > 0 || ends.Cyclic) previous = active[(d - 1 + n) % n].AsExpr();
            else if (ends.BeforeStart == Outside.Inactive) previous = LinearExpr.Constant(0);
            else if (ends.BeforeStart == Outside.Active) previous = LinearExpr.Constant(1);
            else continue;

            var start = model.NewBoolVar($"{name}start{d}");
            var stop = model.NewBoolVar($"{name}stop{d}");
            model.Add(start - stop == active[d].AsExpr() - previous);
            model.AddBoolOr([start.Not(), stop.Not()]);
            // Redundant implications help propagation: a start needs d active, a stop needs d inactive.
            model.AddImplication(start, active[d]);
            model.AddImplication(stop, active[d].Not());
            starts[d] = start;
            stops[d] = stop;
        }
        return new RunTransitions(starts, stops);
    }
}
