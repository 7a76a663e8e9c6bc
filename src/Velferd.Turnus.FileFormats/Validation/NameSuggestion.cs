namespace Velferd.Turnus.FileFormats.Validation;

/// <summary>"Did you mean …?" for misspelt field and rule names: the known name within two edits, if there is one.</summary>
public static class NameSuggestion
{
    private const int MaxEdits = 2;

    public static string? Closest(string name, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(name, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= MaxEdits ? best : null;
    }

    /// <summary>" (did you mean 'x'?)" or nothing, ready to put into a message.</summary>
    public static string Hint(string name, IEnumerable<string> known) =>
        Closest(name, known) is { } suggestion ? $" (did you mean '{suggestion}'?)" : "";

    /// <summary>Levenshtein distance, case-insensitive.</summary>
    private static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
