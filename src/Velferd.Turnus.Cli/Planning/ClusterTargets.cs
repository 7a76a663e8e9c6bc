using Velferd.Turnus.Hosting;

namespace Velferd.Turnus.Cli.Planning;

/// <summary>
/// How the CLI reaches grains: an embedded silo in this process (data in $TURNUS_DATA_DIR or
/// ~/.local/share/velferd-turnus), or, with --cluster, a client of a running cluster through Redis.
/// </summary>
internal static class ClusterTargets
{
    public const string DataDirectoryVariable = "TURNUS_DATA_DIR";

    /// <param name="slots">Embedded: solves at once (1 for one unit, the cores for a portfolio).</param>
    /// <param name="dataDirectory">Embedded: where state is kept; null takes $TURNUS_DATA_DIR or the default.</param>
    public static Task<ITurnusCluster> ConnectAsync(
        string? clusterConnection, int searchWorkers, CancellationToken cancellation, int slots = 1, string? dataDirectory = null) =>
        clusterConnection is { } redis ? ClientAsync(redis, cancellation) : EmbeddedAsync(searchWorkers, slots, dataDirectory, cancellation);

    private static async Task<ITurnusCluster> EmbeddedAsync(int searchWorkers, int slots, string? dataDirectory, CancellationToken cancellation)
    {
        var options = new TurnusClusterOptions
        {
            DataDirectory = dataDirectory ?? (Environment.GetEnvironmentVariable(DataDirectoryVariable) is { Length: > 0 } directory ? directory : null),
        };
        options.Grains.SolverSlots = Math.Max(1, slots);
        options.Grains.SearchWorkersPerSolve = Math.Max(1, searchWorkers);
        return await EmbeddedCluster.StartAsync(options, cancellation);
    }

    private static async Task<ITurnusCluster> ClientAsync(string redis, CancellationToken cancellation) =>
        await ClusterConnection.ConnectAsync(new TurnusClusterOptions { Redis = redis }, cancellation);
}
