using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace Velferd.Turnus.Hosting;

/// <summary>The Orleans client side of <see cref="SiloSetup"/>: joins a Redis cluster (or a local embedded silo) as a client.</summary>
public static class ClientSetup
{
    public static IClientBuilder UseTurnus(this IClientBuilder client, TurnusClusterOptions options)
    {
        client.Configure<ClusterOptions>(cluster =>
        {
            cluster.ClusterId = options.ClusterId;
            cluster.ServiceId = options.ServiceId;
        });
        if (options.Mode == ClusterMode.Redis)
            client.UseRedisClustering(redis => redis.ConfigurationOptions = RedisConnection.Options(options.Redis));
        else
            client.UseLocalhostClustering(options.GatewayPort, options.ServiceId, options.ClusterId);
        return client;
    }
}
