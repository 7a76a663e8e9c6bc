using Velferd.Turnus.Grains.Abstractions.Jobs;
using Velferd.Turnus.Grains.Abstractions.Units;
using Velferd.Turnus.Hosting.Storage;
using Velferd.Turnus.Tests.Shared;

namespace Velferd.Turnus.Hosting.Tests;

/// <summary>The embedded default: one silo in the process, state in files, a restart loses nothing.</summary>
[Collection(HostingCollection.Name)]
public sealed class EmbeddedClusterTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "turnus-embedded-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        if (Directory.Exists(directory))
            Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task A_restart_of_the_embedded_silo_loses_no_unit_plan_or_job()
    {
        string jobId, planJson;
        await using (var first = await EmbeddedCluster.StartAsync(Silos.Embedded(directory)))
        {
            var unit = await Planning.DefineAsync(first.Client, "innebygd", TestUnitFiles.Json("innebygd"));
            jobId = (await unit.StartPlanning(Planning.Quick(), null)).JobId;
            var job = await Planning.FollowAsync(first.Client, jobId);
            Planning.LegalResult(job);
            planJson = job.PlanJson!;
        }

        await using var second = await EmbeddedCluster.StartAsync(Silos.Embedded(directory));
        var again = second.Client.GetGrain<IUnitGrain>("innebygd");
        Assert.Equal(TestUnitFiles.Json("innebygd"), await again.GetDefinitionJson());
        Assert.Equal(planJson, (await again.GetPlan(0))!.PlanJson);
        Assert.Equal(JobState.Done, (await second.Client.GetGrain<IPlanningJobGrain>(jobId).GetStatus()).State);
    }

    [Fact]
    public async Task A_job_interrupted_by_a_shutdown_completes_after_the_next_start()
    {
        string jobId;
        await using (var first = await EmbeddedCluster.StartAsync(Silos.Embedded(directory)))
        {
            var unit = await Planning.DefineAsync(first.Client, "avbrutt", TestUnitFiles.Json("avbrutt", employees: 6, weeks: 4));
            jobId = (await unit.StartPlanning(Planning.Quick(5), null)).JobId;
            var job = first.Client.GetGrain<IPlanningJobGrain>(jobId);
            while ((await job.GetStatus()).State != JobState.Solving)
                await Task.Delay(100);
        }

        await using var second = await EmbeddedCluster.StartAsync(Silos.Embedded(directory));
        var finished = await Planning.FollowAsync(second.Client, jobId);

        Assert.True(finished.Snapshot.Attempt >= 2);
        Planning.LegalResult(finished);
    }

    [Fact]
    public async Task A_second_process_on_the_same_data_directory_is_refused_with_a_clear_message()
    {
        await using var first = await EmbeddedCluster.StartAsync(Silos.Embedded(directory));

        var refused = await Assert.ThrowsAsync<DataDirectoryInUseException>(() => EmbeddedCluster.StartAsync(Silos.Embedded(directory)));

        Assert.Contains(Path.GetFullPath(directory), refused.Message);
    }
}
