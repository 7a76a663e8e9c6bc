using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Velferd.Turnus.Benchmarks.Shared;
using Velferd.Turnus.FileFormats.Units;
using Velferd.Turnus.Grains.Abstractions.Jobs;
using Velferd.Turnus.Grains.Abstractions.Portfolios;
using Velferd.Turnus.Grains.Abstractions.Units;
using Velferd.Turnus.Hosting;
using Velferd.Turnus.Hosting.Client;
using Velferd.Turnus.Solver.Turnus;

namespace Velferd.Turnus.Benchmarks.Cluster;

/// <summary>
/// `cluster`: a portfolio of generated units planned with 1 and 2 silos, embedded and Redis mode (units per
/// minute); the cluster's overhead on one solve against calling the solver directly; memory per idle unit grain.
/// Writes benchmarks/CLUSTER.md.
/// </summary>
public static class ClusterBenchmark
{
    public static Command Create()
    {
        var units = new Option<int>("--units") { Description = "Units in the portfolio.", DefaultValueFactory = _ => 40 };
        var timeLimit = new Option<double>("--time-limit") { Description = "Seconds per unit solve.", DefaultValueFactory = _ => 5 };
        var overheadSeconds = new Option<double>("--overhead-seconds") { Description = "Time limit of the overhead solve.", DefaultValueFactory = _ => 10 };
        var fromSamples = new Option<bool>("--from-samples") { Description = "Portfolio of variants of the samples (scaled vedtak) instead of small generated units." };
        var idleUnits = new Option<int>("--idle-units") { Description = "Unit grains activated for the memory measure.", DefaultValueFactory = _ => 1000 };
        var output = new Option<string>("--out") { Description = "Results file.", DefaultValueFactory = _ => Path.Combine(RepositoryPaths.Root(), "benchmarks", "CLUSTER.md") };
        var command = new Command("cluster", "Cluster throughput, per-solve overhead and memory per idle unit grain (writes benchmarks/CLUSTER.md).")
        {
            units, timeLimit, overheadSeconds, idleUnits, output, fromSamples,
        };
        command.SetAction(async parsed =>
        {
            var samples = parsed.GetValue(fromSamples);
            var portfolio = samples ? BenchmarkUnits.SampleVariants(parsed.GetValue(units)) : BenchmarkUnits.Portfolio(parsed.GetValue(units));
            var report = new ClusterReport(MachineInfo.Current(), samples
                ? "Variants of the samples bofellesskap-psykisk-helse, bofellesskap-solsiden and hjemmetjeneste-sone (6-week rotations; every vedtak's hours scaled by 0.85–1.15)."
                : "Generated bofellesskap variants (3–6 staff, 2- or 4-week rotations).");
            var limit = parsed.GetValue(timeLimit);
            using (var redis = new BenchmarkRedis())
            {
                foreach (var (mode, silos) in new[] { (ClusterMode.Embedded, 1), (ClusterMode.Redis, 1), (ClusterMode.Redis, 2) })
                    report.Throughput.Add(await ThroughputAsync(mode, silos, portfolio, limit, redis));
            }
            report.Overhead = await OverheadAsync(parsed.GetValue(overheadSeconds));
            report.IdleUnit = await IdleUnitAsync(parsed.GetValue(idleUnits));
            await File.WriteAllTextAsync(parsed.GetValue(output)!, report.Markdown());
            Console.WriteLine(report.Markdown());
            return 0;
        });
        return command;
    }

    private static async Task<ThroughputRow> ThroughputAsync(ClusterMode mode, int siloCount, IReadOnlyList<(string Id, string Json)> units, double limit, BenchmarkRedis redis)
    {
        var clusterId = $"bench-{mode}-{siloCount}-{Guid.NewGuid():N}"[..24];
        var directory = Path.Combine(Path.GetTempPath(), clusterId);
        var hosts = new List<IHost>();
        for (var silo = 0; silo < siloCount; silo++)
            hosts.Add(await SiloHost.StartAsync(Options(mode, clusterId, directory, redis)));
        try
        {
            var grains = Client(hosts[0]);
            foreach (var (id, json) in units)
            {
                var defined = await grains.GetGrain<IUnitGrain>(id).Define(json, id + ".json");
                if (!defined.Accepted)
                    throw new InvalidDataException($"benchmark unit {id} is invalid: {string.Join("; ", defined.Errors)}");
            }
            var portfolio = grains.GetGrain<IPortfolioGrain>("bench");
            await portfolio.AddUnits(units.Select(unit => unit.Id).ToList());
            var clock = Stopwatch.StartNew();
            var run = await portfolio.PlanAll(new PlanSettings { TimeLimitSeconds = limit });
            var notStarted = run.Jobs.Where(job => job.JobId is null).ToList();
            if (notStarted.Count > 0)
                throw new InvalidDataException("benchmark jobs not started: " + string.Join("; ", notStarted.Select(job => $"{job.UnitId}: {job.Error}")));
            var jobs = await Task.WhenAll(run.Jobs.Select(job => JobFollower.FollowAsync(grains, job.JobId!, null)));
            clock.Stop();
            var silos = jobs.GroupBy(job => job.Snapshot.Silo ?? "?").Select(group => group.Count()).OrderDescending().ToList();
            var planned = jobs.Count(job => job.Snapshot.Outcome?.PlanVersion is not null);
            var legal = jobs.Count(job => job.PlanJson is not null && job.Snapshot.State == JobState.Done && TurnusResults.FromJob(job).Check is { IsLegal: true });
            var outcomes = jobs.GroupBy(job => job.Snapshot.State == JobState.Done ? job.Snapshot.Outcome?.Status ?? "?" : $"{job.Snapshot.State} ({job.Snapshot.Reason})")
                .OrderBy(group => group.Key).Select(group => $"{group.Key} {group.Count()}").ToList();
            Console.WriteLine($"{mode} {siloCount} silo(s): {units.Count} units in {clock.Elapsed.TotalSeconds:0.0} s");
            return new ThroughputRow(mode, siloCount, units.Count, limit, clock.Elapsed, planned, legal, silos, outcomes);
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.StopAsync();
                host.Dispose();
            }
            if (Directory.Exists(directory))
                Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>The same unit and time limit: the solver called directly, then through an embedded silo (define, job, follow, rebuild).</summary>
    private static async Task<OverheadRow> OverheadAsync(double seconds)
    {
        var json = BenchmarkUnits.Json("bench-overhead", employees: 6, weeks: 4, dayHours: 20, eveningHours: 14);
        var unit = UnitFileReader.Parse(json, "bench-overhead.json").Unit!;
        var options = new PlanOptions { TimeLimit = TimeSpan.FromSeconds(seconds), Workers = 1 };
        var direct = Stopwatch.StartNew();
        var local = TurnusSolver.Solve(unit, options, _ => { });
        direct.Stop();

        var directory = Path.Combine(Path.GetTempPath(), "bench-overhead-" + Guid.NewGuid().ToString("N")[..8]);
        var startup = Stopwatch.StartNew();
        var host = await SiloHost.StartAsync(Options(ClusterMode.Embedded, "bench-overhead", directory, null));
        startup.Stop();
        try
        {
            var grains = Client(host);
            var viaCluster = Stopwatch.StartNew();
            await grains.GetGrain<IUnitGrain>(unit.Id).Define(json, "bench-overhead.json");
            var job = await grains.GetGrain<IUnitGrain>(unit.Id).StartPlanning(new PlanSettings { TimeLimitSeconds = seconds }, null);
            var finished = await JobFollower.FollowAsync(grains, job.JobId, null);
            var result = TurnusResults.FromJob(finished, unit);
            viaCluster.Stop();
            return new OverheadRow(seconds, direct.Elapsed, local.WallTime, viaCluster.Elapsed, result.WallTime, startup.Elapsed, result.Check?.IsLegal == true);
        }
        finally
        {
            await host.StopAsync();
            host.Dispose();
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Defines many units (each grain holds its unit file and facts), then measures the managed heap they keep.</summary>
    private static async Task<IdleUnitRow> IdleUnitAsync(int count)
    {
        var directory = Path.Combine(Path.GetTempPath(), "bench-idle-" + Guid.NewGuid().ToString("N")[..8]);
        var host = await SiloHost.StartAsync(Options(ClusterMode.Embedded, "bench-idle", directory, null));
        try
        {
            var grains = Client(host);
            var json = BenchmarkUnits.Json("x", employees: 6, weeks: 4, dayHours: 20, eveningHours: 14);
            // Warm up code paths and caches so the difference is the grains alone.
            for (var warm = 0; warm < 20; warm++)
                await grains.GetGrain<IUnitGrain>($"warm-{warm}").Define(json.Replace("\"x\"", $"\"warm-{warm}\""), "warm.json");
            var before = Heap();
            for (var start = 0; start < count; start += 50)
                await Task.WhenAll(Enumerable.Range(start, Math.Min(50, count - start)).Select(number =>
                    grains.GetGrain<IUnitGrain>($"idle-{number}").Define(json.Replace("\"x\"", $"\"idle-{number}\""), "idle.json")));
            var after = Heap();
            return new IdleUnitRow(count, json.Length, (after - before) / count);
        }
        finally
        {
            await host.StopAsync();
            host.Dispose();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static long Heap()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static TurnusClusterOptions Options(ClusterMode mode, string clusterId, string directory, BenchmarkRedis? redis)
    {
        var options = new TurnusClusterOptions
        {
            Mode = mode,
            ClusterId = clusterId,
            ServiceId = clusterId,
            DataDirectory = directory,
            Redis = redis?.Configuration ?? "localhost:6379",
            SiloPort = SiloHost.FreePort(),
            GatewayPort = SiloHost.FreePort(),
            AdvertisedAddress = "127.0.0.1",
        };
        options.Grains.SolverSlots = 1;
        options.Grains.SearchWorkersPerSolve = 1;
        return options;
    }


    private static IClusterClient Client(IHost host) => (IClusterClient)host.Services.GetService(typeof(IClusterClient))!;

}
