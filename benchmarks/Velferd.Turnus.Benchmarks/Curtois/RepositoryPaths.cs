namespace Velferd.Turnus.Benchmarks.Curtois;

/// <summary>Where the repository and the shared benchmark files are, found from the running program.</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder holding Velferd.Turnus.sln, searched upwards from the working folder and then the program.</summary>
    public static string Root()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Velferd.Turnus.sln"))) return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("Velferd.Turnus.sln not found above the working folder or the program.");
    }

    /// <summary>shared/ is cloned beside the repository.</summary>
    public static string CurtoisInstances() => Path.GetFullPath(Path.Combine(Root(), "..", "shared", "benchmarks", "curtois"));

    public static string CurtoisReport() => Path.Combine(Root(), "benchmarks", "CURTOIS.md");
}
