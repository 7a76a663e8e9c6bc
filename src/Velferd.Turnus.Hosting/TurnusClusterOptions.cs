using Velferd.Turnus.Grains;

namespace Velferd.Turnus.Hosting;

public enum ClusterMode
{
    /// <summary>One silo in the process, localhost clustering, state in files under <see cref="TurnusClusterOptions.DataDirectory"/>.</summary>
    Embedded,

    /// <summary>Redis membership, Redis grain storage and Redis reminders: any number of silos.</summary>
    Redis,
}

/// <summary>
/// How a silo or client joins Velferd.Turnus; bound from configuration section <c>Turnus</c>
/// (e.g. <c>Turnus__Mode=Redis</c>, <c>Turnus__Redis=redis:6379</c> as environment variables).
/// </summary>
public sealed class TurnusClusterOptions
{
    public const string Section = "Turnus";

    public ClusterMode Mode { get; set; } = ClusterMode.Embedded;

    /// <summary>Embedded mode: where grain state and reminders are kept; null means <see cref="DefaultDataDirectory"/>.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Embedded mode: refuse to start while another process uses the data directory.</summary>
    public bool LockDataDirectory { get; set; } = true;

    /// <summary>Redis mode: a StackExchange.Redis configuration string, e.g. <c>localhost:6379</c>.</summary>
    public string Redis { get; set; } = "localhost:6379";

    public string ClusterId { get; set; } = "velferd-turnus";

    public string ServiceId { get; set; } = "velferd-turnus";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary>Redis mode: the address other silos and clients reach this silo at; null takes the host's own address.</summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>Lowers Orleans' one-minute floor for reminder periods (tests and benchmarks only).</summary>
    public TimeSpan? MinimumReminderPeriod { get; set; }

    public GrainOptions Grains { get; set; } = new();

    public string ResolvedDataDirectory => Path.GetFullPath(DataDirectory ?? DefaultDataDirectory);

    /// <summary>$XDG_DATA_HOME/velferd-turnus, else ~/.local/share/velferd-turnus.</summary>
    public static string DefaultDataDirectory
    {
        get
        {
            var dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
            if (string.IsNullOrWhiteSpace(dataHome))
                dataHome = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
            return Path.Combine(dataHome, "velferd-turnus");
        }
    }
}
