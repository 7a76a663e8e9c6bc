namespace Velferd.Turnus.Domain.Tests.Benchmarks.Curtois;

/// <summary>The shared Curtois instances: ../shared/benchmarks/curtois beside the folder holding Velferd.Turnus.sln.</summary>
internal static class SharedInstances
{
    public static string Folder { get; } = Locate();

    public static string File(int number) => Path.Combine(Folder, $"Instance{number}.txt");

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.txt").Order()) data.Add(Path.GetFileName(file));
        return data;
    }

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Velferd.Turnus.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "benchmarks", "curtois"));
            }
        }
        throw new DirectoryNotFoundException("Velferd.Turnus.sln not found above the test binaries.");
    }
}
