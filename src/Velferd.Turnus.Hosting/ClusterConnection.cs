using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Velferd.Turnus.Hosting;

/// <summary>An Orleans client of a running Velferd.Turnus cluster found through Redis.</summary>
public sealed class ClusterConnection(IHost host, string redis) : ITurnusCluster
{
    public IClusterClient Client => host.Services.GetRequiredService<IClusterClient>();

    public string Description => $"cluster at {redis}";

    public static async Task<ClusterConnection> ConnectAsync(TurnusClusterOptions options, CancellationToken cancellation = default)
    {
        options.Mode = ClusterMode.Redis;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.UseOrleansClient(client => client.UseTurnus(options));
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellation);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            host.Dispose();
            throw new ClusterUnreachableException(options.Redis, error);
        }
        return new ClusterConnection(host, options.Redis);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await host.StopAsync(TimeSpan.FromSeconds(5));
        }
        finally
        {
            host.Dispose();
        }
    }
}

public sealed class ClusterUnreachableException(string redis, Exception inner)
    : Exception($"could not join the cluster at {redis}: {inner.Message} (is Redis running there, with at least one silo?)", inner);
