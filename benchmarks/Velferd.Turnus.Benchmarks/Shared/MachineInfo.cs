using System.Runtime.InteropServices;

namespace Velferd.Turnus.Benchmarks.Shared;

/// <summary>The machine a benchmark ran on, for the results file: results are only comparable on like machines.</summary>
public sealed record MachineInfo(string CpuModel, int Cores, double MemoryGiB, string OperatingSystem, string Runtime, DateTimeOffset Date, string? Commit, string LoadAverage)
{
    public static MachineInfo Current() => new(
        ReadCpuModel(), Environment.ProcessorCount, ReadMemoryGiB(), RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription,
        DateTimeOffset.Now, GitCommit(), LoadAverageNow());

    /// <summary>The 1/5/15-minute load averages: other work on the machine slows every timing down.</summary>
    public static string LoadAverageNow() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    public string Markdown() =>
        $"Machine: {CpuModel}, {Cores} cores, {MemoryGiB:0} GiB, {OperatingSystem}, {Runtime}. " +
        $"Run {Date:yyyy-MM-dd HH:mm zzz}{(Commit is null ? "" : $" at commit {Commit}")}. Load average at start {LoadAverage}; other processes may have shared the cores.";

    private static string ReadCpuModel()
    {
        const string cpuInfo = "/proc/cpuinfo";
        if (!File.Exists(cpuInfo))
            return RuntimeInformation.ProcessArchitecture.ToString();
        var line = File.ReadLines(cpuInfo).FirstOrDefault(text => text.StartsWith("model name", StringComparison.Ordinal));
        return line?.Split(':', 2)[1].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
    }

    private static double ReadMemoryGiB() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024.0 / 1024 / 1024;

    private static string? GitCommit()
    {
        try
        {
            using var git = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("git", "rev-parse --short HEAD")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            var commit = git?.StandardOutput.ReadToEnd().Trim();
            git?.WaitForExit();
            return git?.ExitCode == 0 && !string.IsNullOrEmpty(commit) ? commit : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
