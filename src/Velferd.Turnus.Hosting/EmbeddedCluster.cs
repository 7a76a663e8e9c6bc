using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Velferd.Turnus.Hosting;

/// <summary>
/// One silo inside this process (the CLI's default): localhost clustering on free ports, state under the data
/// directory, nothing else to install. Its grains are reached through the silo's own client.
/// </summary>
public sealed class EmbeddedCluster(IHost host, string dataDirectory) : ITurnusCluster
{
    public IClusterClient Client => host.Services.GetRequiredService<IClusterClient>();

    public string Description => $"embedded silo (data in {dataDirectory})";

    public static async Task<EmbeddedCluster> StartAsync(TurnusClusterOptions options, CancellationToken cancellation = default)
    {
        options.Mode = ClusterMode.Embedded;
        options.SiloPort = FreePort();
        options.GatewayPort = FreePort();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        // The CLI owns the terminal: the silo only speaks up about real problems, and not on stdout.
        builder.Logging.ClearProviders();
        builder.UseOrleans(silo => silo.UseTurnus(options));
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellation);
        }
        catch
        {
            host.Dispose();
            throw;
        }
        return new EmbeddedCluster(host, options.ResolvedDataDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await host.StopAsync(TimeSpan.FromSeconds(15));
        }
        finally
        {
            host.Dispose();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
