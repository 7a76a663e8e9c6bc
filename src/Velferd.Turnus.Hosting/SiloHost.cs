using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Velferd.Turnus.Hosting;

/// <summary>
/// A quiet silo host configured exactly as the Server configures its silo (<see cref="SiloSetup.UseTurnus"/>): for the
/// CLI's embedded silo, the benchmarks and the tests. Logging is off (the caller owns the terminal).
/// </summary>
public static class SiloHost
{
    public static async Task<IHost> StartAsync(TurnusClusterOptions options, CancellationToken cancellation = default)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
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
        return host;
    }

    /// <summary>A loopback port nobody listens on right now (silo, gateway or a test's redis-server).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
