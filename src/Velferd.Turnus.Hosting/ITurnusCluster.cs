namespace Velferd.Turnus.Hosting;

/// <summary>A live way into Velferd.Turnus grains: an embedded silo in this process, or a client of a running cluster.</summary>
public interface ITurnusCluster : IAsyncDisposable
{
    IClusterClient Client { get; }

    /// <summary>For messages: "embedded silo (data in …)" or "cluster at redis:6379".</summary>
    string Description { get; }
}
