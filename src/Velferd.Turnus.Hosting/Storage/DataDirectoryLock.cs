using Orleans.Runtime;

namespace Velferd.Turnus.Hosting.Storage;

/// <summary>
/// Keeps a second process (another `turnus` or a Server) from running an embedded silo on the same data
/// directory: two silos would each think they own the same units and jobs. Taken before anything else starts.
/// </summary>
internal sealed class DataDirectoryLock(string directory) : ILifecycleParticipant<ISiloLifecycle>
{
    private FileLock? held;

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(DataDirectoryLock), ServiceLifecycleStage.First, Acquire, Release);

    private Task Acquire(CancellationToken cancellation)
    {
        Directory.CreateDirectory(directory);
        held = FileLock.TryAcquire(Path.Combine(directory, "silo.lock")) ?? throw new DataDirectoryInUseException(directory);
        return Task.CompletedTask;
    }

    private async Task Release(CancellationToken cancellation)
    {
        if (held is not null)
            await held.DisposeAsync();
        held = null;
    }
}

public sealed class DataDirectoryInUseException(string directory)
    : Exception($"the data directory {directory} is in use by another Velferd.Turnus process (a running server or turnus command); wait for it, or choose another with --data-dir")
{
    public string Directory { get; } = directory;
}
