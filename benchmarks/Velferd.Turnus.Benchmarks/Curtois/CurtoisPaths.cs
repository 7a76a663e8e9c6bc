using Velferd.Turnus.Benchmarks.Shared;

namespace Velferd.Turnus.Benchmarks.Curtois;

/// <summary>Where the shared Curtois instances are read from and CURTOIS.md is written to.</summary>
internal static class CurtoisPaths
{
    /// <summary>shared/ is cloned beside the repository.</summary>
    public static string Instances() => Path.GetFullPath(Path.Combine(RepositoryPaths.Root(), "..", "shared", "benchmarks", "curtois"));

    public static string Report() => Path.Combine(RepositoryPaths.Root(), "benchmarks", "CURTOIS.md");
}
