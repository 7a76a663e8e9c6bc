namespace Velferd.Turnus.Tests.Shared;

/// <summary>Finds files of the repository (samples, docs) from a test's output folder, wherever the tests run.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public static IReadOnlyList<string> Samples() =>
        Directory.GetFiles(File("samples"), "*.json").Order(StringComparer.Ordinal).ToList();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(directory.FullName, "Velferd.Turnus.sln")))
                return directory.FullName;
        }
        throw new InvalidOperationException($"Velferd.Turnus.sln not found above {AppContext.BaseDirectory}.");
    }
}
