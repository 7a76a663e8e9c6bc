namespace Velferd.Turnus.Benchmarks.Shared;

/// <summary>The sample unit files the benchmarks plan, in name order.</summary>
public static class SampleFiles
{
    /// <param name="filter">Only files whose name contains this text; all when null.</param>
    public static IReadOnlyList<string> Select(string root, string? filter) =>
        Directory.GetFiles(Path.Combine(root, "samples"), "*.json").Order()
            .Where(file => filter is null || Path.GetFileName(file).Contains(filter, StringComparison.Ordinal)).ToList();
}
