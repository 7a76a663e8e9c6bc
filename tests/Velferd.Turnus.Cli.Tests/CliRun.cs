using Velferd.Turnus.Tests.Shared;

namespace Velferd.Turnus.Cli.Tests;

/// <summary>What one in-process run of `turnus` printed and returned.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = TurnusCli.Run(args, output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public static string Sample(string fileName) => RepositoryRoot.File("samples", fileName);

    /// <summary>The output with the terminal's line wrapping undone (lines trimmed and joined by one space), for sentences.</summary>
    public string Unwrapped => string.Join(" ", OutputLines.Select(line => line.Trim()));

    public IReadOnlyList<string> OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToList();
}

/// <summary>A unit file written for one test and removed after it.</summary>
internal sealed class TempUnitFile : IDisposable
{
    public TempUnitFile(string json)
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path, json);
    }

    private string Folder { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"turnus-cli-tests-{Guid.NewGuid():N}");

    public string Path => System.IO.Path.Combine(Folder, "enhet.json");

    public string OutFile(string name) => System.IO.Path.Combine(Folder, name);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
