using Orleans.Runtime;
using Velferd.Turnus.Hosting.Storage;

namespace Velferd.Turnus.Hosting.Tests;

public sealed class FileReminderTableTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "turnus-reminders-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        if (Directory.Exists(directory))
            Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Reminders_survive_a_new_table_on_the_same_folder_and_ranges_wrap_around_the_ring()
    {
        var grains = Enumerable.Range(0, 40).Select(number => GrainId.Create("job", $"jobb-{number}")).ToList();
        var table = new FileReminderTable(directory);
        await table.StartAsync();
        foreach (var grain in grains)
            await table.UpsertRow(new ReminderEntry { GrainId = grain, ReminderName = "resume", StartAt = DateTime.UtcNow, Period = TimeSpan.FromMinutes(1) });

        var reopened = new FileReminderTable(directory);
        var all = (await reopened.ReadRows(0u, 0u)).Reminders;
        Assert.Equal(40, all.Count);
        var middle = grains.Select(grain => grain.GetUniformHashCode()).Order().ElementAt(20);
        var low = (await reopened.ReadRows(middle, uint.MaxValue)).Reminders.Count;
        var wrapped = (await reopened.ReadRows(uint.MaxValue, middle)).Reminders.Count;
        Assert.Equal(40, low + wrapped);
        Assert.Equal(19, low);

        var one = (await reopened.ReadRow(grains[0], "resume"))!;
        Assert.False(await reopened.RemoveRow(grains[0], "resume", "stale-etag"));
        Assert.True(await reopened.RemoveRow(grains[0], "resume", one.ETag!));
        Assert.Null(await reopened.ReadRow(grains[0], "resume"));
    }
}
