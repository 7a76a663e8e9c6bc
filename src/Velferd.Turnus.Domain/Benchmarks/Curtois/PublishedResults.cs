using System.Text.RegularExpressions;

namespace Velferd.Turnus.Domain.Benchmarks.Curtois;

/// <summary>The reference table of the shared README, for the instances shared with the project.</summary>
public static partial class PublishedResults
{
    public static IReadOnlyList<PublishedResult> All { get; } =
    [
        new(1, 14, 8, 1, 607, true, false, 607, 607, 607),
        new(2, 14, 14, 2, 828, true, false, 828, 828, 828),
        new(3, 14, 20, 3, 1001, true, false, 1001, 1001, 1001),
        new(4, 28, 10, 2, 1716, true, false, 1716, 1716, 1716),
        new(5, 28, 16, 2, 1143, true, false, 1143, 1143, 1143),
        new(6, 28, 18, 3, 1950, true, false, 1950, 1950, 1950),
        new(7, 28, 20, 3, 1056, true, false, 1056, 1056, 1056),
        new(9, 28, 36, 4, 439, true, false, 439, 439, 439),
        new(10, 28, 40, 5, 4631, true, false, 4631, 4631, 4631),
        new(11, 28, 50, 6, 3443, true, false, 3443, 3443, 3443),
        new(12, 28, 60, 10, 4040, true, false, 4045, 4040, 4040),
        new(14, 42, 32, 4, 1278, false, true, 1482, 1280, 1279),
        new(16, 56, 20, 3, 3225, false, false, 3521, 3233, 3225),
    ];

    /// <summary>The reference for an instance named like "Instance12" (any case, with or without ".txt").</summary>
    public static PublishedResult? For(string instanceName)
    {
        var match = InstanceNumber().Match(instanceName);
        if (!match.Success) return null;
        var number = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        return All.FirstOrDefault(r => r.Instance == number);
    }

    [GeneratedRegex(@"^instance0*(\d+)(\.txt)?$", RegexOptions.IgnoreCase)]
    private static partial Regex InstanceNumber();
}
