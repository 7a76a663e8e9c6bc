using System.Diagnostics;
using Velferd.Turnus.Hosting;

namespace Velferd.Turnus.Benchmarks.Cluster;

/// <summary>A throw-away redis-server on a free loopback port (append-only file on), for the Redis-mode runs.</summary>
internal sealed class BenchmarkRedis : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "turnus-bench-redis-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly Process process;

    public BenchmarkRedis()
    {
        Directory.CreateDirectory(directory);
        Port = SiloHost.FreePort();
        process = Process.Start(new ProcessStartInfo("redis-server")
        {
            ArgumentList = { "--port", Port.ToString(), "--bind", "127.0.0.1", "--dir", directory, "--appendonly", "yes", "--save", "" },
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        Thread.Sleep(500);
    }

    public int Port { get; }

    public string Configuration => $"127.0.0.1:{Port}";

    public void Dispose()
    {
        process.Kill();
        process.WaitForExit();
        process.Dispose();
        Directory.Delete(directory, recursive: true);
    }
}
