using Google.OrTools.Sat;

namespace Velferd.Turnus.Solver.Turnus.Rules;

/// <summary>
/// At most <c>max</c> consecutive true days round a repeating rotation. Every cyclic window of max + 1 days
/// holds a false one; when the rotation is no longer than max, the windows would wrap onto themselves, so
/// instead at least one day must be false (otherwise the run never ends).
/// </summary>
internal static class Runs
{
    public static void AddMaxRun(CpModel model, IReadOnlyList<ILiteral> active, int max, ILiteral? guard)
    {
        var n = active.Count;
        if (n <= max)
        {
            model.Add(LinearExpr.Sum(active) <= n - 1).When(guard);
            return;
        }
        for (var start = 0; start < n; start++)
        {
            var window = Enumerable.Range(start, max + 1).Select(day => active[day % n]);
            model.Add(LinearExpr.Sum(window) <= max).When(guard);
        }
    }
}
