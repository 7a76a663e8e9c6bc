using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.TestingHost;
using Velferd.Turnus.Grains;
using Velferd.Turnus.Hosting;

namespace Velferd.Turnus.Grains.Tests;

/// <summary>
/// An in-process cluster of two silos sharing one data directory (file storage and reminders, as the embedded
/// silo uses them), with short intervals so resumption happens within seconds. One solve slot per silo.
/// </summary>
public class ClusterFixture : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; private set; } = null!;

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "turnus-grains-tests-" + Guid.NewGuid().ToString("N")[..8]);

    public IClusterClient Client => Cluster.Client;

    protected virtual short Silos => 2;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(Silos);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.UseFileStorage(DataDirectory);
            silo.Configure<ReminderOptions>(reminders => reminders.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
            silo.Services.AddTurnusGrains(Fast);
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    public static void Fast(GrainOptions options)
    {
        options.SolverSlots = 1;
        options.SearchWorkersPerSolve = 1;
        options.ProgressInterval = TimeSpan.FromMilliseconds(200);
        options.HeartbeatInterval = TimeSpan.FromSeconds(1);
        options.WorkerSilenceLimit = TimeSpan.FromSeconds(6);
        options.ResumeCheckPeriod = TimeSpan.FromSeconds(2);
        options.ProgressPersistInterval = TimeSpan.FromSeconds(1);
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
