using System.CommandLine;
using Velferd.Turnus.Benchmarks.Shared;
using Velferd.Turnus.FileFormats.Units;
using Velferd.Turnus.Solver.Turnus;

namespace Velferd.Turnus.Benchmarks.Samples;

/// <summary>
/// `samples`: plans every sample unit at each time limit (default 10 s and 60 s), re-checks every plan with the
/// plan checker, and writes benchmarks/RESULTS.md: objective, bound, gap, time to first plan, time to best.
/// </summary>
public static class SamplesBenchmark
{
    public static Command Create()
    {
        var limits = new Option<string>("--time-limits") { Description = "Comma-separated time limits in seconds.", DefaultValueFactory = _ => "10,60" };
        var only = new Option<string?>("--sample") { Description = "Only samples whose file name contains this text." };
        var output = new Option<string?>("--out") { Description = "Results file (default benchmarks/RESULTS.md)." };
        var seed = new Option<int>("--seed") { Description = "Solver seed.", DefaultValueFactory = _ => 1 };
        var command = new Command("samples", "Plan every sample at each time limit and write benchmarks/RESULTS.md.") { limits, only, output, seed };
        command.SetAction(parsed =>
        {
            var root = RepositoryPaths.Root();
            var seconds = parsed.GetValue(limits)!.Split(',').Select(double.Parse).ToList();
            var files = SampleFiles.Select(root, parsed.GetValue(only));
            var rows = new List<SampleRun>();
            foreach (var file in files)
            {
                var unit = UnitFileReader.ReadFile(file).Unit ?? throw new InvalidOperationException($"{file} does not validate");
                foreach (var limit in seconds)
                {
                    Console.WriteLine($"{Path.GetFileName(file)} at {limit} s …");
                    var result = TurnusSolver.Solve(unit, new PlanOptions { TimeLimit = TimeSpan.FromSeconds(limit), Workers = Environment.ProcessorCount, Seed = parsed.GetValue(seed) });
                    var run = SampleRun.Of(Path.GetFileName(file), unit, limit, result);
                    Console.WriteLine($"  {run.Describe()}");
                    rows.Add(run);
                }
            }
            var path = parsed.GetValue(output) ?? Path.Combine(root, "benchmarks", "RESULTS.md");
            File.WriteAllText(path, ResultsMarkdown.Write(rows, MachineInfo.Current(), parsed.GetValue(seed)));
            Console.WriteLine($"Wrote {path}");
            return rows.Any(row => row.Breaches > 0) ? 1 : 0;
        });
        return command;
    }
}
