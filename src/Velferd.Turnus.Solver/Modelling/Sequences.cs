using Google.OrTools.Sat;

namespace Velferd.Turnus.Solver.Modelling;

/// <summary>
/// Rules on runs of consecutive active days in a sequence of day literals (work, a shift type,
/// a day off, ...). Everything is O(days x run length); nothing is quadratic in the horizon.
/// </summary>
public static class Sequences
{
    /// <summary>
    /// At most <paramref name="maxRun"/> consecutive active days: every window of maxRun + 1 days
    /// holds an inactive one. Windows wrap around when <paramref name="cyclic"/>.
    /// </summary>
    public static void AddMaxRun(CpModel model, IReadOnlyList<ILiteral> active, int maxRun, bool cyclic = false)
    {
        var n = active.Count;
        if (maxRun >= n) return;
        var windows = cyclic ? n : n - maxRun;
        for (var start = 0; start < windows; start++)
        {
            var window = new ILiteral[maxRun + 1];
            for (var j = 0; j <= maxRun; j++) window[j] = active[(start + j) % n];
            model.Add(LinearExpr.Sum(window) <= maxRun);
        }
    }

    /// <summary>
    /// Every run of active days is at least <paramref name="minRun"/> long, as clauses: a run that
    /// starts on day d (active d, inactive d-1) is active on d+1 .. d+minRun-1. Runs touching an end
    /// are held to the minimum only where <paramref name="ends"/> says outside is inactive.
    /// </summary>
    public static void AddMinRun(CpModel model, IReadOnlyList<ILiteral> active, int minRun, SequenceEnds ends)
    {
        var n = active.Count;
        if (minRun <= 1 || n == 0) return;
        for (var d = 0; d < n; d++)
        {
            var startLiterals = RunStartCondition(active, d, ends);
            if (startLiterals is null) continue;
            for (var j = 1; j < minRun; j++)
            {
                var day = d + j;
                if (day >= n && !ends.Cyclic)
                {
                    // The run would need days beyond the horizon: allowed only if it may carry on outside.
                    if (ends.AfterEnd == Outside.Inactive) model.AddBoolOr(startLiterals);
                    break;
                }
                model.AddBoolOr([.. startLiterals, active[day % n]]);
            }
        }
    }

    /// <summary>
    /// Minimum run lengths of active and of inactive days in one aggregated (Rajan–Takriti
    /// "min up / min down") formulation. It creates a start and a stop literal per day and adds
    /// Σ starts in the last minActiveRun days &lt;= active[d] and Σ stops in the last minInactiveRun
    /// days &lt;= 1 - active[d], which is the convex hull of the two rules and so gives CP-SAT's LP a
    /// much stronger relaxation than the clauses of <see cref="AddMinRun"/>.
    /// </summary>
    /// <returns>The start (inactive → active) and stop (active → inactive) literal of every day.</returns>
    public static RunTransitions AddMinRuns(
        CpModel model, IReadOnlyList<ILiteral> active, int minActiveRun, int minInactiveRun, SequenceEnds ends, string name = "")
    {
        var n = active.Count;
        var transitions = RunTransitions.Create(model, active, ends, name);
        for (var d = 0; d < LastWindowEnd(n, minActiveRun, ends); d++)
        {
            AddWindowCut(model, transitions.Starts, active, d, minActiveRun, ends, ends.AfterEnd, activeSide: true);
        }
        for (var d = 0; d < LastWindowEnd(n, minInactiveRun, ends); d++)
        {
            AddWindowCut(model, transitions.Stops, active, d, minInactiveRun, ends, ends.Complement().AfterEnd, activeSide: false);
        }
        return transitions;
    }

    /// <summary>Windows end on every day, and without wrap-around also on the virtual days just after the horizon.</summary>
    private static int LastWindowEnd(int n, int minRun, SequenceEnds ends) => ends.Cyclic ? n : n + minRun - 1;

    /// <summary>
    /// Σ transitions in the minRun days up to day d &lt;= (active or inactive on d). Days d beyond the
    /// horizon are virtual: their side must be "inactive outside", i.e. the run may not be cut short.
    /// </summary>
    private static void AddWindowCut(
        CpModel model, IReadOnlyList<ILiteral?> transitions, IReadOnlyList<ILiteral> active,
        int d, int minRun, SequenceEnds ends, Outside afterEnd, bool activeSide)
    {
        if (minRun <= 1) return;
        var n = active.Count;
        var beyond = d >= n && !ends.Cyclic;
        if (beyond && afterEnd != Outside.Inactive) return;

        var window = new List<ILiteral>(minRun);
        for (var i = d - minRun + 1; i <= d; i++)
        {
            if (i >= n && !ends.Cyclic) break;
            if (i < 0 && !ends.Cyclic) continue;
            if (transitions[((i % n) + n) % n] is { } transition) window.Add(transition);
        }
        if (window.Count == 0) return;
        if (beyond)
        {
            foreach (var transition in window) model.Add(transition.AsExpr() == 0);
            return;
        }
        var sameSide = activeSide ? active[d % n] : active[d % n].Not();
        model.Add(LinearExpr.Sum(window) <= sameSide.AsExpr());
    }

    /// <summary>
    /// The literals whose disjunction says "no run of active days starts on day d", or null when a
    /// run starting there is exempt from the minimum (it may carry on before the horizon).
    /// </summary>
    private static ILiteral[]? RunStartCondition(IReadOnlyList<ILiteral> active, int d, SequenceEnds ends)
    {
        if (d > 0 || ends.Cyclic) return [active[d].Not(), active[(d - 1 + active.Count) % active.Count]];
        return ends.BeforeStart == Outside.Inactive ? [active[0].Not()] : null;
    }
}
