using Velferd.Turnus.Benchmarks.Shared;
using System.CommandLine;
using System.Globalization;
using Velferd.Turnus.Domain.Benchmarks.Curtois;
using Velferd.Turnus.Solver.Curtois;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Benchmarks.Curtois;

/// <summary>
/// <c>curtois</c>: runs the shared Curtois &amp; Qu instances (60 s each, 600 s for 12, 14 and 16 by
/// default) and writes benchmarks/CURTOIS.md with the results beside the published ones.
/// </summary>
internal static class CurtoisBenchmarkCommand
{
    public static Command Create()
    {
        var timeLimit = new Option<double>("--time-limit") { Description = "Seconds per instance", DefaultValueFactory = _ => 60 };
        var longTimeLimit = new Option<double>("--long-time-limit") { Description = "Seconds for the long instances", DefaultValueFactory = _ => 600 };
        var longInstances = new Option<string>("--long-instances") { Description = "Instance numbers that get the long limit", DefaultValueFactory = _ => "12,14,16" };
        var instances = new Option<string?>("--instances") { Description = "Only these instance numbers, e.g. 1,2,3 (default: all in --dir)" };
        var dir = new Option<string?>("--dir") { Description = "Instance folder (default: ../shared/benchmarks/curtois beside the repository)" };
        var output = new Option<string?>("--output") { Description = "Report file (default: benchmarks/CURTOIS.md)" };
        var workers = new Option<int>("--workers") { Description = "Cores to use", DefaultValueFactory = _ => Environment.ProcessorCount };
        var seed = new Option<int>("--seed") { Description = "Random seed", DefaultValueFactory = _ => 1 };
        var rosterOut = new Option<string?>("--roster-out") { Description = "Folder to write the best rosters to" };
        var verbose = new Option<bool>("--verbose") { Description = "Print the solver's phases" };

        var command = new Command("curtois", "Run the Curtois & Qu instances and write CURTOIS.md")
        {
            timeLimit, longTimeLimit, longInstances, instances, dir, output, workers, seed, rosterOut, verbose,
        };
        command.SetAction(parse =>
        {
            var files = InstanceFiles.Find(parse.GetValue(dir) ?? CurtoisPaths.Instances());
            var wanted = Numbers(parse.GetValue(instances));
            var longOnes = Numbers(parse.GetValue(longInstances)) ?? [];
            var runs = new List<CurtoisRun>();
            var machine = MachineInfo.Current();
            foreach (var file in files)
            {
                var instance = CurtoisReader.ReadFile(file);
                var number = PublishedResults.For(instance.Name)?.Instance;
                if (wanted is not null && (number is null || !wanted.Contains(number.Value))) continue;
                var limit = TimeSpan.FromSeconds(number is { } n && longOnes.Contains(n) ? parse.GetValue(longTimeLimit) : parse.GetValue(timeLimit));
                runs.Add(Run(instance, limit, parse.GetValue(workers), parse.GetValue(seed), parse.GetValue(verbose)));
                if (parse.GetValue(rosterOut) is { } folder) WriteRoster(folder, runs[^1].Result);
            }
            var report = parse.GetValue(output) ?? CurtoisPaths.Report();
            ReportSection.Write(report, "curtois", CurtoisReport.Write(runs, machine with { LoadAverage = $"{machine.LoadAverage} (start), {MachineInfo.LoadAverageNow()} (end)" },
                parse.GetValue(workers), parse.GetValue(seed)));
            Console.WriteLine($"wrote {report}");
            return runs.All(r => r.Result.Roster is null || r.Result.EvaluatorAgrees) ? 0 : 1;
        });
        return command;
    }

    private static CurtoisRun Run(CurtoisInstance instance, TimeSpan limit, int workers, int seed, bool verbose)
    {
        var load = MachineInfo.LoadAverageNow().Split(' ')[0];
        Console.WriteLine($"{instance.Name}: {limit.TotalSeconds:0} s, load {load}");
        var log = verbose ? (Action<string>)(line => Console.WriteLine($"  {line}")) : null;
        var benchmark = new CurtoisBenchmark(new CurtoisSolver(new CpSatRunner(), null, log));
        var result = benchmark.Run(instance, new CurtoisSearchOptions(limit, workers, seed),
            p => Console.WriteLine($"  {p.WallTime.TotalSeconds,7:F1} s  {p.Objective}  (bound {p.BestBound})"));
        Console.WriteLine($"  => objective {result.Report.Objective}, bound {result.Report.BestBound}, evaluator {result.Evaluation?.Objective} " +
            $"({(result.EvaluatorAgrees ? "agrees" : "DISAGREES")}), {result.Report.WallTime.TotalSeconds:F1} s");
        return new CurtoisRun(result, limit, load);
    }

    private static void WriteRoster(string folder, CurtoisBenchmarkResult result)
    {
        if (result.Roster is null) return;
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, $"{result.Instance.Name}.roster.txt"), RosterText.Write(result.Instance, result.Roster,
            [$"{result.Instance.Name}: objective {result.Evaluation?.Objective} (evaluator), bound {result.Report.BestBound}"]));
    }

    private static HashSet<int>? Numbers(string? list) =>
        string.IsNullOrWhiteSpace(list)
            ? null
            : list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToHashSet();
}
