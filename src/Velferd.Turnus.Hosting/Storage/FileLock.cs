namespace Velferd.Turnus.Hosting.Storage;

/// <summary>An exclusive lock on a file, held while the handle is open; other processes (and silos) wait for it.</summary>
internal sealed class FileLock(FileStream stream) : IAsyncDisposable
{
    public static async Task<FileLock> AcquireAsync(string path, TimeSpan? timeout = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            if (TryAcquire(path) is { } acquired)
                return acquired;
            if (DateTime.UtcNow > deadline)
                throw new IOException($"{path} is locked by another process");
            await Task.Delay(10);
        }
    }

    public static FileLock? TryAcquire(string path)
    {
        try
        {
            return new FileLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public ValueTask DisposeAsync() => stream.DisposeAsync();
}
