namespace Velferd.Turnus.Benchmarks.Shared;

/// <summary>Finds the repository root (the folder with Velferd.Turnus.sln) from the working or program directory.</summary>
public static class RepositoryPaths
{
    public static string Root()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Velferd.Turnus.sln")))
                    return directory.FullName;
            }
        }
        throw new DirectoryNotFoundException("Velferd.Turnus.sln not found above the working directory; run the benchmark from the repository.");
    }
}
