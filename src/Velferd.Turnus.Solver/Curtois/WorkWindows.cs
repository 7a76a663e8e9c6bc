namespace Velferd.Turnus.Solver.Curtois;

/// <summary>
/// How many working days a window of consecutive days can hold at most under the block rules
/// (max run, min run, min days off), for redundant cuts such as "at most 5 in any 7 days".
/// </summary>
internal static class WorkWindows
{
    /// <summary>
    /// (window length, max working days) for the windows whose limit is not already implied by
    /// splitting them into shorter windows, up to a few block cycles long.
    /// </summary>
    public static IEnumerable<(int Length, int Max)> ImpliedLimits(int maxRun, int minRun, int minOff)
    {
        if (maxRun <= 0 || minOff <= 1) yield break;
        var longest = 3 * (maxRun + minOff);
        var best = new int[longest + 1];
        for (var length = 1; length <= longest; length++)
        {
            best[length] = MaxWork(length, maxRun, minRun, minOff);
            var implied = length;
            for (var split = 1; split < length; split++) implied = Math.Min(implied, best[split] + best[length - split]);
            // The max-run rule itself already posts the windows of maxRun + 1 days.
            if (best[length] < implied && length > maxRun + 1) yield return (length, best[length]);
        }
    }

    /// <summary>
    /// Dynamic programme over the window: runs touching either window edge are exempt from the
    /// minimum lengths (they may continue outside), all runs obey the maximum.
    /// </summary>
    private static int MaxWork(int length, int maxRun, int minRun, int minOff)
    {
        const int Impossible = int.MinValue / 2;
        var longestRun = Math.Max(maxRun, length);
        // state: working?, run length so far, run touches the window start?
        var best = new int[2, longestRun + 2, 2];
        Fill(best, Impossible);
        best[1, 1, 1] = 1;
        best[0, 1, 1] = 0;
        for (var day = 1; day < length; day++)
        {
            var next = new int[2, longestRun + 2, 2];
            Fill(next, Impossible);
            for (var working = 0; working < 2; working++)
            {
                for (var run = 1; run <= longestRun; run++)
                {
                    for (var first = 0; first < 2; first++)
                    {
                        var value = best[working, run, first];
                        if (value == Impossible) continue;
                        var runLimitOk = working == 0 || run + 1 <= maxRun;
                        if (runLimitOk) Keep(next, working, run + 1, first, value + working);
                        var canSwitch = first == 1 || run >= (working == 1 ? minRun : minOff);
                        if (canSwitch) Keep(next, 1 - working, 1, 0, value + (1 - working));
                    }
                }
            }
            best = next;
        }
        var max = 0;
        foreach (var value in best) max = Math.Max(max, value);
        return max;
    }

    private static void Keep(int[,,] table, int working, int run, int first, int value)
    {
        if (run < table.GetLength(1) && value > table[working, run, first]) table[working, run, first] = value;
    }

    private static void Fill(int[,,] table, int value)
    {
        for (var a = 0; a < table.GetLength(0); a++)
            for (var b = 0; b < table.GetLength(1); b++)
                for (var c = 0; c < table.GetLength(2); c++) table[a, b, c] = value;
    }
}
