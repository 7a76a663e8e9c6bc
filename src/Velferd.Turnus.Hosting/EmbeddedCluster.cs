using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

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
        options.SiloPort = SiloHost.FreePort();
        options.GatewayPort = SiloHost.FreePort();
        var host = await SiloHost.StartAsync(options, cancellation);
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
}
