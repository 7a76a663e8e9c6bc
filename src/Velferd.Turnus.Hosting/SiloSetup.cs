using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Storage;
using StackExchange.Redis;
using Velferd.Turnus.Grains;
using Velferd.Turnus.Hosting.Storage;

namespace Velferd.Turnus.Hosting;

/// <summary>
/// The one silo configuration of Velferd.Turnus, used by the Server, the CLI's embedded silo and the tests:
/// embedded (localhost clustering, file storage and reminders) or Redis (membership, storage, reminders).
/// </summary>
public static class SiloSetup
{
    public static ISiloBuilder UseTurnus(this ISiloBuilder silo, TurnusClusterOptions options)
    {
        silo.Services.AddTurnusGrains(grains => Copy(options.Grains, grains));
        silo.Configure<ClusterOptions>(cluster =>
        {
            cluster.ClusterId = options.ClusterId;
            cluster.ServiceId = options.ServiceId;
        });
        if (options.MinimumReminderPeriod is { } minimum)
            silo.Configure<ReminderOptions>(reminders => reminders.MinimumReminderPeriod = minimum);
        return options.Mode == ClusterMode.Redis ? silo.UseRedis(options) : silo.UseEmbedded(options);
    }

    /// <summary>One silo on this machine; state and reminders in files under the data directory.</summary>
    private static ISiloBuilder UseEmbedded(this ISiloBuilder silo, TurnusClusterOptions options)
    {
        var directory = options.ResolvedDataDirectory;
        silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, null, options.ServiceId, options.ClusterId);
        if (options.LockDataDirectory)
            silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(new DataDirectoryLock(directory));
        return silo.UseFileStorage(directory);
    }

    /// <summary>File grain storage and reminders under <paramref name="directory"/> (also what the test clusters share).</summary>
    public static ISiloBuilder UseFileStorage(this ISiloBuilder silo, string directory)
    {
        silo.Services.AddKeyedSingleton<IGrainStorage>(TurnusStorage.Name, (provider, _) =>
            new FileGrainStorage(Path.Combine(directory, "grains"), provider.GetRequiredService<IGrainStorageSerializer>()));
        silo.AddReminders();
        silo.Services.AddSingleton<IReminderTable>(new FileReminderTable(Path.Combine(directory, "reminders")));
        return silo;
    }

    private static ISiloBuilder UseRedis(this ISiloBuilder silo, TurnusClusterOptions options)
    {
        silo.UseRedisClustering(redis => redis.ConfigurationOptions = RedisConnection.Options(options.Redis));
        silo.AddRedisGrainStorage(TurnusStorage.Name, redis => redis.ConfigurationOptions = RedisConnection.Options(options.Redis));
        silo.UseRedisReminderService(redis => redis.ConfigurationOptions = RedisConnection.Options(options.Redis));
        silo.ConfigureEndpoints(AdvertisedAddress(options), options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: true);
        return silo;
    }

    /// <summary>The configured address, else this host's first IPv4 address (a container's own), else loopback.</summary>
    private static IPAddress AdvertisedAddress(TurnusClusterOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.AdvertisedAddress))
            return IPAddress.TryParse(options.AdvertisedAddress, out var given) ? given : Dns.GetHostAddresses(options.AdvertisedAddress).First();
        return Dns.GetHostAddresses(Dns.GetHostName()).FirstOrDefault(address => address.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(address))
            ?? IPAddress.Loopback;
    }

    private static void Copy(GrainOptions from, GrainOptions to)
    {
        to.SolverSlots = from.SolverSlots;
        to.SearchWorkersPerSolve = from.SearchWorkersPerSolve;
        to.ProgressInterval = from.ProgressInterval;
        to.HeartbeatInterval = from.HeartbeatInterval;
        to.WorkerSilenceLimit = from.WorkerSilenceLimit;
        to.ResumeCheckPeriod = from.ResumeCheckPeriod;
        to.ProgressPersistInterval = from.ProgressPersistInterval;
        to.MaxAttempts = from.MaxAttempts;
        to.ObserverExpiry = from.ObserverExpiry;
        to.PlanVersionsKept = from.PlanVersionsKept;
    }
}
