using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.FileFormats.Plans;
using Velferd.Turnus.Grains.Abstractions.Jobs;
using Velferd.Turnus.Grains.Abstractions.Units;
using Velferd.Turnus.Hosting.Client;
using Velferd.Turnus.Tests.Shared;

namespace Velferd.Turnus.Hosting.Tests;

/// <summary>Cluster mode against a real redis-server: membership, grain storage and reminders all in Redis.</summary>
[Collection(HostingCollection.Name)]
public sealed class RedisClusterTests : IAsyncLifetime
{
    private readonly RedisServer redis = new();

    public Task InitializeAsync() => redis.InitializeAsync();

    public Task DisposeAsync() => redis.DisposeAsync();

    [Fact]
    public async Task Two_silos_and_a_client_plan_a_unit_and_a_new_silo_finds_it_all_in_redis()
    {
        var clusterId = "redis-" + Guid.NewGuid().ToString("N")[..6];
        var first = await SiloHost.StartAsync(Silos.Redis(redis, clusterId));
        var second = await SiloHost.StartAsync(Silos.Redis(redis, clusterId));
        string jobId, planJson;
        await using (var client = await ClusterConnection.ConnectAsync(Silos.Redis(redis, clusterId)))
        {
            var unit = await Planning.DefineAsync(client.Client, "redis-liten", TestUnitFiles.Json("redis-liten"));
            jobId = (await unit.StartPlanning(Planning.Quick(), null)).JobId;
            var job = await Planning.FollowAsync(client.Client, jobId);
            Planning.LegalResult(job);
            planJson = job.PlanJson!;
        }
        await Silos.StopAsync(first);
        await Silos.StopAsync(second);

        var third = await SiloHost.StartAsync(Silos.Redis(redis, clusterId));
        try
        {
            await using var client = await ClusterConnection.ConnectAsync(Silos.Redis(redis, clusterId));
            var unit = client.Client.GetGrain<IUnitGrain>("redis-liten");
            Assert.Equal("Testenhet redis-liten", (await unit.GetOverview())!.Name);
            Assert.Equal(planJson, (await unit.GetPlan(0))!.PlanJson);
            Assert.Equal(JobState.Done, (await client.Client.GetGrain<IPlanningJobGrain>(jobId).GetStatus()).State);
        }
        finally
        {
            await Silos.StopAsync(third);
        }
    }

    [Fact]
    public async Task A_client_that_disconnects_re_attaches_to_its_job_by_id_from_a_new_connection()
    {
        var clusterId = "redis-" + Guid.NewGuid().ToString("N")[..6];
        var silo = await SiloHost.StartAsync(Silos.Redis(redis, clusterId));
        try
        {
            string jobId;
            await using (var first = await ClusterConnection.ConnectAsync(Silos.Redis(redis, clusterId)))
            {
                var unit = await Planning.DefineAsync(first.Client, "redis-igjen", TestUnitFiles.Json("redis-igjen", employees: 6, weeks: 4));
                jobId = (await unit.StartPlanning(Planning.Quick(5), null)).JobId;
            }

            await using var second = await ClusterConnection.ConnectAsync(Silos.Redis(redis, clusterId));
            var job = await Planning.FollowAsync(second.Client, jobId);

            Assert.Equal(jobId, job.Snapshot.JobId);
            Planning.LegalResult(job);
        }
        finally
        {
            await Silos.StopAsync(silo);
        }
    }

    [Fact]
    public async Task A_job_whose_silo_stops_while_solving_is_resumed_by_its_redis_reminder_on_the_other_silo()
    {
        var clusterId = "redis-" + Guid.NewGuid().ToString("N")[..6];
        var silos = new[] { await SiloHost.StartAsync(Silos.Redis(redis, clusterId)), await SiloHost.StartAsync(Silos.Redis(redis, clusterId)) };
        try
        {
            await using var client = await ClusterConnection.ConnectAsync(Silos.Redis(redis, clusterId));
            var unit = await Planning.DefineAsync(client.Client, "redis-flytt", TestUnitFiles.Json("redis-flytt", employees: 6, weeks: 4));
            var jobId = (await unit.StartPlanning(Planning.Quick(6), null)).JobId;
            var job = client.Client.GetGrain<IPlanningJobGrain>(jobId);
            JobSnapshot solving;
            do
                solving = await job.GetStatus();
            while (solving.State != JobState.Solving && !solving.IsFinished);
            Assert.Equal(JobState.Solving, solving.State);

            var solvingSilo = Array.FindIndex(silos, host => ((Orleans.Runtime.ILocalSiloDetails)host.Services.GetService(typeof(Orleans.Runtime.ILocalSiloDetails))!).SiloAddress.ToString() == solving.Silo);
            Assert.True(solvingSilo >= 0, $"no silo is {solving.Silo}");
            await Silos.StopAsync(silos[solvingSilo]);
            silos[solvingSilo] = null!;

            var finished = await Planning.FollowAsync(client.Client, jobId);
            Assert.True(finished.Snapshot.Attempt >= 2);
            Assert.NotEqual(solving.Silo, finished.Snapshot.Silo);
            Planning.LegalResult(finished);
        }
        finally
        {
            foreach (var host in silos.Where(host => host is not null))
                await Silos.StopAsync(host);
        }
    }

    [Fact]
    public async Task A_redis_crash_and_restart_with_the_append_only_file_loses_no_unit_or_plan()
    {
        var clusterId = "redis-" + Guid.NewGuid().ToString("N")[..6];
        var json = TestUnitFiles.Json("redis-krasj");
        string planJson;
        var silo = await SiloHost.StartAsync(Silos.Redis(redis, clusterId));
        try
        {
            var unit = await Planning.DefineAsync(ClientOf(silo), "redis-krasj", json);
            var job = await Planning.FollowAsync(ClientOf(silo), (await unit.StartPlanning(Planning.Quick(), null)).JobId);
            planJson = Planning.LegalResult(job) is not null ? job.PlanJson! : "";
        }
        finally
        {
            await Silos.StopAsync(silo);
        }

        redis.Kill();
        await redis.StartAsync();

        var restarted = await SiloHost.StartAsync(Silos.Redis(redis, clusterId));
        try
        {
            var unit = ClientOf(restarted).GetGrain<IUnitGrain>("redis-krasj");
            Assert.Equal(json, await unit.GetDefinitionJson());
            var stored = await unit.GetPlan(0);
            Assert.Equal(planJson, stored!.PlanJson);
            var unitModel = Velferd.Turnus.FileFormats.Units.UnitFileReader.Parse(json, "x.json").Unit!;
            var plan = PlanFile.Parse(stored.PlanJson, "plan.json", unitModel).Plan!;
            Assert.True(PlanChecker.Check(unitModel, plan).IsLegal);
        }
        finally
        {
            await Silos.StopAsync(restarted);
        }
    }

    private static IClusterClient ClientOf(Microsoft.Extensions.Hosting.IHost silo) =>
        (IClusterClient)silo.Services.GetService(typeof(IClusterClient))!;
}
