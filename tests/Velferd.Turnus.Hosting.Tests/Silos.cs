using Microsoft.Extensions.Hosting;
using Velferd.Turnus.Grains;

namespace Velferd.Turnus.Hosting.Tests;

/// <summary>Real silo hosts configured exactly as the Server configures them, with short intervals for tests.</summary>
internal static class Silos
{
    public static TurnusClusterOptions Redis(RedisServer redis, string clusterId) => new()
    {
        Mode = ClusterMode.Redis,
        Redis = redis.Configuration,
        ClusterId = clusterId,
        ServiceId = clusterId,
        SiloPort = SiloHost.FreePort(),
        GatewayPort = SiloHost.FreePort(),
        AdvertisedAddress = "127.0.0.1",
        MinimumReminderPeriod = TimeSpan.FromSeconds(1),
        Grains = Fast(),
    };

    public static TurnusClusterOptions Embedded(string dataDirectory) => new()
    {
        DataDirectory = dataDirectory,
        MinimumReminderPeriod = TimeSpan.FromSeconds(1),
        Grains = Fast(),
    };


    public static GrainOptions Fast() => new()
    {
        SolverSlots = 1,
        SearchWorkersPerSolve = 1,
        ProgressInterval = TimeSpan.FromMilliseconds(200),
        HeartbeatInterval = TimeSpan.FromSeconds(1),
        WorkerSilenceLimit = TimeSpan.FromSeconds(6),
        ResumeCheckPeriod = TimeSpan.FromSeconds(2),
        ProgressPersistInterval = TimeSpan.FromSeconds(1),
    };

    public static async Task StopAsync(IHost host)
    {
        await host.StopAsync(TimeSpan.FromSeconds(20));
        host.Dispose();
    }

}
