using StackExchange.Redis;

namespace Velferd.Turnus.Hosting;

internal static class RedisConnection
{
    /// <summary>Keeps retrying while Redis restarts instead of failing the silo at the first refused connection.</summary>
    public static ConfigurationOptions Options(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        return options;
    }
}
