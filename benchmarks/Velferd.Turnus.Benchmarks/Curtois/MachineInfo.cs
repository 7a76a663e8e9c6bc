using System.Globalization;
using System.Runtime.InteropServices;

namespace Velferd.Turnus.Benchmarks.Curtois;

/// <summary>The machine a benchmark ran on, for the report: published times are only comparable beside it.</summary>
internal sealed record MachineInfo(int Cores, string CpuModel, string Memory, string Os, string Runtime, string LoadAverage)
{
    public static MachineInfo Current() => new(
        Environment.ProcessorCount,
        ReadField("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        ReadField("/proc/meminfo", "MemTotal") is { } kb ? $"{ParseKb(kb) / 1024 / 1024.0:0.0} GiB" : "unknown",
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        LoadAverageNow());

    /// <summary>The 1/5/15-minute load averages: other work on the machine slows every timing down.</summary>
    public static string LoadAverageNow() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string? ReadField(string file, string name)
    {
        if (!File.Exists(file)) return null;
        var line = File.ReadLines(file).FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal));
        return line?[(line.IndexOf(':') + 1)..].Trim();
    }

    private static long ParseKb(string value) =>
        long.Parse(value.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], CultureInfo.InvariantCulture);
}
