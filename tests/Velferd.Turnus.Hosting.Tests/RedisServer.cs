using System.Diagnostics;
using StackExchange.Redis;

namespace Velferd.Turnus.Hosting.Tests;

/// <summary>
/// A real redis-server for the integration tests, started on a free loopback port with the append-only file on
/// (every write synced), in a folder of its own. It can be killed and started again on the same port and data.
/// Needs `redis-server` on PATH (.ci/run installs it with apt-get).
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "turnus-redis-" + Guid.NewGuid().ToString("N")[..8]);
    private Process? process;

    public int Port { get; } = SiloHost.FreePort();

    public string Configuration => $"127.0.0.1:{Port}";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(directory);
        await StartAsync();
    }

    public async Task DisposeAsync()
    {
        Kill();
        await Task.Delay(100);
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    public async Task StartAsync()
    {
        var executable = Executable();
        process = Process.Start(new ProcessStartInfo(executable)
        {
            ArgumentList = { "--port", Port.ToString(), "--bind", "127.0.0.1", "--dir", directory, "--appendonly", "yes", "--appendfsync", "always", "--save", "", "--daemonize", "no" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitUntilAnsweringAsync();
    }

    /// <summary>Ends the server as a crash would (SIGKILL): only what the append-only file holds survives.</summary>
    public void Kill()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        process?.Dispose();
        process = null;
    }

    private async Task WaitUntilAnsweringAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            try
            {
                await using var connection = await ConnectionMultiplexer.ConnectAsync(Configuration + ",connectTimeout=1000");
                await connection.GetDatabase().PingAsync();
                return;
            }
            catch (RedisConnectionException) when (DateTime.UtcNow < deadline && process is { HasExited: false })
            {
                await Task.Delay(100);
            }
        }
    }

    private static string Executable()
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, "redis-server")).FirstOrDefault(File.Exists);
        return found ?? throw new InvalidOperationException(
            "redis-server is not on PATH: install it (apt-get install -y redis-server); .ci/run does this before the tests");
    }

}
