using System.Text.Json;
using Orleans.Runtime;

namespace Velferd.Turnus.Hosting.Storage;

/// <summary>
/// Orleans' reminder table in one file (<c>{root}/reminders.json</c>), so reminders of the embedded silo survive a
/// restart. Every change reads and rewrites the file under a lock file, which also serialises silos of one test
/// cluster sharing the directory. Small by design: it holds one reminder per unfinished planning job.
/// </summary>
public sealed class FileReminderTable(string root) : IReminderTable
{
    private readonly string path = Path.Combine(root, "reminders.json");
    private readonly string lockPath = Path.Combine(root, "reminders.lock");
    private readonly SemaphoreSlim gate = new(1, 1);

    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(root);
        return Task.CompletedTask;
    }

    public Task<ReminderTableData> ReadRows(GrainId grainId) =>
        ReadAsync(rows => rows.Where(row => row.GrainId == grainId.ToString()));

    public Task<ReminderTableData> ReadRows(uint begin, uint end) =>
        ReadAsync(rows => rows.Where(row => InRange(GrainId.Parse(row.GrainId).GetUniformHashCode(), begin, end)));

    public async Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName)
    {
        var data = await ReadAsync(rows => rows.Where(row => row.GrainId == grainId.ToString() && row.Name == reminderName));
        return data.Reminders.FirstOrDefault();
    }

    public Task<string?> UpsertRow(ReminderEntry entry) => ChangeAsync<string?>(rows =>
    {
        var etag = Guid.NewGuid().ToString("N");
        rows.RemoveAll(row => row.GrainId == entry.GrainId.ToString() && row.Name == entry.ReminderName);
        rows.Add(new Row(entry.GrainId.ToString(), entry.ReminderName, entry.StartAt, entry.Period, etag));
        return etag;
    });

    public Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag) =>
        ChangeAsync(rows => rows.RemoveAll(row => row.GrainId == grainId.ToString() && row.Name == reminderName && row.ETag == eTag) > 0);

    public Task TestOnlyClearTable() => ChangeAsync(rows =>
    {
        rows.Clear();
        return true;
    });

    /// <summary>The ring range (begin, end], wrapping past zero when begin ≥ end.</summary>
    private static bool InRange(uint hash, uint begin, uint end) =>
        begin < end ? hash > begin && hash <= end : hash > begin || hash <= end;

    private async Task<ReminderTableData> ReadAsync(Func<List<Row>, IEnumerable<Row>> select)
    {
        var rows = await LockedAsync(async () => await LoadAsync());
        return new ReminderTableData(select(rows).Select(ToEntry).ToList());
    }

    private Task<T> ChangeAsync<T>(Func<List<Row>, T> change) => LockedAsync(async () =>
    {
        var rows = await LoadAsync();
        var result = change(rows);
        await AtomicFile.WriteAsync(path, JsonSerializer.SerializeToUtf8Bytes(rows));
        return result;
    });

    private async Task<List<Row>> LoadAsync()
    {
        var bytes = await AtomicFile.ReadAsync(path);
        return bytes is null ? [] : JsonSerializer.Deserialize<List<Row>>(bytes) ?? [];
    }

    private async Task<T> LockedAsync<T>(Func<Task<T>> work)
    {
        await gate.WaitAsync();
        try
        {
            await using var fileLock = await FileLock.AcquireAsync(lockPath);
            return await work();
        }
        finally
        {
            gate.Release();
        }
    }

    private static ReminderEntry ToEntry(Row row) => new()
    {
        GrainId = GrainId.Parse(row.GrainId),
        ReminderName = row.Name,
        StartAt = row.StartAt,
        Period = row.Period,
        ETag = row.ETag,
    };

    private sealed record Row(string GrainId, string Name, DateTime StartAt, TimeSpan Period, string ETag);
}
