using Velferd.Turnus.Domain.Benchmarks.Curtois;

namespace Velferd.Turnus.Solver.Tests.Curtois;

/// <summary>The shared Curtois instances: ../shared/benchmarks/curtois beside the folder holding Velferd.Turnus.sln.</summary>
internal static class SharedInstances
{
    private static readonly string Folder = Locate();

    public static CurtoisInstance Read(int number) => CurtoisReader.ReadFile(Path.Combine(Folder, $"Instance{number}.txt"));

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Velferd.Turnus.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "benchmarks", "curtois"));
            }
        }
        throw new DirectoryNotFoundException("Velferd.Turnus.sln not found above the test binaries.");
    }
}
