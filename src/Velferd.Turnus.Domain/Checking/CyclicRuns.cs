namespace Velferd.Turnus.Domain.Checking;

/// <summary>A run of consecutive true days; endless when every day of the repeating rotation is true.</summary>
public readonly record struct Run(int Start, int Length, bool Endless)
{
    public bool Exceeds(int max) => Endless || Length > max;

    public string Describe() => Endless ? "hver gang (hele turnusen, som gjentas)" : Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Runs of consecutive true days on a cyclic rotation (a run may wrap from the last day to the first).</summary>
public static class CyclicRuns
{
    public static IEnumerable<Run> Find(IReadOnlyList<bool> active)
    {
        var n = active.Count;
        if (n == 0)
            yield break;
        if (active.All(value => value))
        {
            yield return new Run(0, n, Endless: true);
            yield break;
        }
        for (var start = 0; start < n; start++)
        {
            if (!active[start] || active[(start - 1 + n) % n])
                continue;
            var length = 0;
            while (active[(start + length) % n])
                length++;
            yield return new Run(start, length, Endless: false);
        }
    }
}
