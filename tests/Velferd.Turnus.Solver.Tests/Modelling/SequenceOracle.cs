using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Tests.Modelling;

/// <summary>A direct, obviously-correct check of run-length rules on a fixed 0/1 sequence.</summary>
internal static class SequenceOracle
{
    public static bool MaxRunHolds(bool[] days, int maxRun, bool cyclic) =>
        Runs(days, cyclic).Where(r => r.Active).All(r => r.Length <= maxRun);

    /// <summary>Runs of <paramref name="active"/> days are at least <paramref name="minRun"/> long unless exempt at an end.</summary>
    public static bool MinRunHolds(bool[] days, int minRun, SequenceEnds ends, bool active = true)
    {
        var outsideBefore = active ? ends.BeforeStart : ends.Complement().BeforeStart;
        var outsideAfter = active ? ends.AfterEnd : ends.Complement().AfterEnd;
        return Runs(days, ends.Cyclic).Where(r => r.Active == active).All(r =>
            r.Length >= minRun
            || (r.TouchesStart && outsideBefore != Outside.Inactive)
            || (r.TouchesEnd && outsideAfter != Outside.Inactive)
            || r.Length == days.Length);
    }

    public static IEnumerable<bool[]> AllSequences(int n) =>
        Enumerable.Range(0, 1 << n).Select(bits => Enumerable.Range(0, n).Select(i => (bits >> i & 1) == 1).ToArray());

    private static List<(bool Active, int Length, bool TouchesStart, bool TouchesEnd)> Runs(bool[] days, bool cyclic)
    {
        var runs = new List<(bool Active, int Length, bool TouchesStart, bool TouchesEnd)>();
        var start = 0;
        for (var d = 1; d <= days.Length; d++)
        {
            if (d < days.Length && days[d] == days[start]) continue;
            runs.Add((days[start], d - start, start == 0, d == days.Length));
            start = d;
        }
        // On a cycle the last run continues into the first.
        if (cyclic && runs.Count > 1 && runs[0].Active == runs[^1].Active)
        {
            runs[0] = (runs[0].Active, runs[0].Length + runs[^1].Length, false, false);
            runs.RemoveAt(runs.Count - 1);
        }
        else if (cyclic)
        {
            runs = runs.Select(r => (r.Active, r.Length, false, false)).ToList();
        }
        return runs;
    }
}
