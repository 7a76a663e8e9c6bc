using System.Security.Cryptography;
using Orleans.Runtime;
using Orleans.Storage;

namespace Velferd.Turnus.Hosting.Storage;

/// <summary>
/// Grain storage in plain files, one per grain and state: <c>{root}/{grain type}/{state name}/{key}</c>. Writes are
/// atomic; the ETag is a hash of the content, so a write from a stale activation is refused as Orleans expects.
/// </summary>
public sealed class FileGrainStorage(string root, IGrainStorageSerializer serializer) : IGrainStorage
{
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var bytes = await AtomicFile.ReadAsync(PathOf(stateName, grainId));
        if (bytes is null)
        {
            grainState.State = Activator.CreateInstance<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }
        grainState.State = serializer.Deserialize<T>(new BinaryData(bytes));
        grainState.ETag = ETagOf(bytes);
        grainState.RecordExists = true;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var path = PathOf(stateName, grainId);
        await CheckETagAsync(path, grainState.ETag);
        var bytes = serializer.Serialize(grainState.State).ToArray();
        await AtomicFile.WriteAsync(path, bytes);
        grainState.ETag = ETagOf(bytes);
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var path = PathOf(stateName, grainId);
        await CheckETagAsync(path, grainState.ETag);
        File.Delete(path);
        grainState.State = Activator.CreateInstance<T>();
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    private static async Task CheckETagAsync(string path, string? expected)
    {
        var current = await AtomicFile.ReadAsync(path);
        var stored = current is null ? null : ETagOf(current);
        if (stored != expected)
            throw new InconsistentStateException($"the state in {path} was changed by another activation", stored ?? "none", expected ?? "none");
    }

    private string PathOf(string stateName, GrainId grainId) =>
        Path.Combine(root, Safe(grainId.Type.ToString()!), Safe(stateName), Safe(grainId.Key.ToString()!));

    /// <summary>Keys are unit and job ids chosen by users: escaped so that no key can leave its folder.</summary>
    private static string Safe(string name) => Uri.EscapeDataString(name).Replace("~", "%7E").Replace(".", "%2E").Replace("%", "~");

    private static string ETagOf(byte[] content) => Convert.ToHexString(SHA256.HashData(content))[..16];
}
