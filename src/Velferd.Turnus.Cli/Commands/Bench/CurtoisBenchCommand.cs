using System.CommandLine;
using Spectre.Console;
using Velferd.Turnus.Domain.Benchmarks.Curtois;
using Velferd.Turnus.Solver.Curtois;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Cli.Commands.Bench;

/// <summary>
/// <c>turnus bench curtois &lt;file|dir&gt;</c>: solves Curtois &amp; Qu instances and prints objective,
/// bound, gap to the published optimum or best known value, time to first and best solution, and
/// whether the independent evaluator agrees with the solver.
/// </summary>
public static class CurtoisBenchCommand
{
    private const int UserError = 2;
    private const int EvaluatorDisagrees = 1;

    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "An instance file, or a folder of Instance*.txt files" };
        var timeLimit = new Option<double>("--time-limit") { Description = "Seconds per instance", DefaultValueFactory = _ => 60 };
        var workers = new Option<int>("--workers") { Description = "Cores to use", DefaultValueFactory = _ => Environment.ProcessorCount };
        var seed = new Option<int>("--seed") { Description = "Random seed", DefaultValueFactory = _ => 1 };
        var rosterOut = new Option<string?>("--roster-out") { Description = "Folder to write each best roster to (<instance>.roster.txt)" };
        var ends = new Option<HorizonEnds>("--horizon-ends")
        {
            Description = "Minimum blocks at the horizon ends: Open (reproduces the proven optima) or OffOutside (README wording)",
            DefaultValueFactory = _ => HorizonEnds.Open,
        };
        var noColumnGeneration = new Option<bool>("--no-column-generation") { Description = "Plain CP-SAT and LNS only, for comparison" };
        var verbose = new Option<bool>("--verbose") { Description = "Print the solver's phases" };

        var command = new TurnusCommand("curtois", "Curtois & Qu employee shift scheduling instances (schedulingbenchmarks.org)",
            "turnus bench curtois ../shared/benchmarks/curtois/Instance5.txt --time-limit 60",
            "turnus bench curtois ../shared/benchmarks/curtois --time-limit 30 --roster-out rosters")
        {
            path, timeLimit, workers, seed, rosterOut, ends, noColumnGeneration, verbose,
        };
        command.SetAction((parse, cancellation) => Task.FromResult(Run(new CurtoisBenchSettings(
            parse.GetValue(path)!,
            parse.GetValue(timeLimit),
            parse.GetValue(workers),
            parse.GetValue(seed),
            parse.GetValue(rosterOut),
            parse.GetValue(ends),
            !parse.GetValue(noColumnGeneration),
            parse.GetValue(verbose)), cancellation)));
        return command;
    }

    internal static int Run(CurtoisBenchSettings settings, CancellationToken cancellation)
    {
        if (settings.TimeLimitSeconds <= 0 || settings.Workers <= 0)
        {
            AnsiConsole.MarkupLine("[red]error:[/] --time-limit and --workers must be positive.");
            return UserError;
        }
        IReadOnlyList<CurtoisInstance> instances;
        try
        {
            instances = InstanceFiles.Find(settings.Path).Select(CurtoisReader.ReadFile).ToList();
        }
        catch (Exception e) when (e is CurtoisFormatException or IOException or UnauthorizedAccessException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return UserError;
        }

        // Redirected output gets no terminal width; keep the table on one line per instance.
        if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 160);
        var results = instances.Select(instance => Solve(instance, settings, cancellation)).ToList();
        AnsiConsole.Write(CurtoisResultTable.Render(results, settings));
        if (settings.RosterOut is { } folder) WriteRosters(folder, results);
        return results.All(r => r.Roster is null || r.EvaluatorAgrees) ? 0 : EvaluatorDisagrees;
    }

    private static CurtoisBenchmarkResult Solve(CurtoisInstance instance, CurtoisBenchSettings settings, CancellationToken cancellation)
    {
        var log = settings.Verbose ? (Action<string>)(line => AnsiConsole.MarkupLineInterpolated($"[grey]  {instance.Name}: {line}[/]")) : null;
        var benchmark = new CurtoisBenchmark(new CurtoisSolver(new CpSatRunner(), new CurtoisModelOptions(HorizonEnds: settings.Ends), log), settings.Ends);
        var options = new CurtoisSearchOptions(TimeSpan.FromSeconds(settings.TimeLimitSeconds), settings.Workers, settings.Seed,
            UseColumnGeneration: settings.UseColumnGeneration);
        return AnsiConsole.Status().Start($"{instance.Name}: solving ({settings.TimeLimitSeconds:0.#} s)", context =>
            benchmark.Run(instance, options, progress =>
                context.Status($"{instance.Name}: {progress.Objective} (bound {progress.BestBound}) at {progress.WallTime.TotalSeconds:F1} s"),
                cancellation));
    }

    private static void WriteRosters(string folder, IEnumerable<CurtoisBenchmarkResult> results)
    {
        Directory.CreateDirectory(folder);
        foreach (var result in results.Where(r => r.Roster is not null))
        {
            var file = Path.Combine(folder, $"{result.Instance.Name}.roster.txt");
            File.WriteAllText(file, RosterText.Write(result.Instance, result.Roster!,
                [$"{result.Instance.Name}: objective {result.Evaluation?.Objective} (evaluator), solver {result.Report.Objective}, bound {result.Report.BestBound}"]));
            AnsiConsole.MarkupLineInterpolated($"[grey]wrote {file}[/]");
        }
    }
}

/// <summary>The options of one <c>bench curtois</c> run.</summary>
internal sealed record CurtoisBenchSettings(
    string Path, double TimeLimitSeconds, int Workers, int Seed, string? RosterOut, HorizonEnds Ends, bool UseColumnGeneration, bool Verbose);
