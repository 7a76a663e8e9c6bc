using Velferd.Turnus.Benchmarks.Shared;
using System.CommandLine;
using System.Diagnostics;
using Velferd.Turnus.Domain.Benchmarks.Curtois;
using Velferd.Turnus.Solver.Curtois;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Benchmarks.Curtois;

/// <summary>
/// <c>curtois-large</c>: generates a year-long instance in the benchmark format (364 days, 150 staff
/// by default), reads it, builds the model and, with a time limit, solves and evaluates it, printing
/// times and memory, to show the reader and the model scale.
/// </summary>
internal static class LargeInstanceCommand
{
    public static Command Create()
    {
        var days = new Option<int>("--days") { DefaultValueFactory = _ => 364, Description = "Horizon in days" };
        var staff = new Option<int>("--staff") { DefaultValueFactory = _ => 150, Description = "Number of employees" };
        var timeLimit = new Option<double>("--time-limit") { DefaultValueFactory = _ => 0, Description = "Seconds to solve (0: only build the model)" };
        var workers = new Option<int>("--workers") { DefaultValueFactory = _ => Environment.ProcessorCount, Description = "Cores to use" };
        var command = new Command("curtois-large", "Generate, read, build (and optionally solve) a large instance in the Curtois format")
        {
            days, staff, timeLimit, workers,
        };
        command.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            var text = SyntheticInstance.Generate(parse.GetValue(days), parse.GetValue(staff));
            var instance = CurtoisReader.Parse(text, "synthetic", $"Synthetic{parse.GetValue(days)}x{parse.GetValue(staff)}");
            Console.WriteLine($"read {instance.HorizonDays} days x {instance.Staff.Count} staff x {instance.Shifts.Count} shifts in {clock.Elapsed.TotalSeconds:F1} s");
            clock.Restart();
            var model = CurtoisModel.Build(instance);
            Console.WriteLine($"built model: {model.Model.Model.Variables.Count} variables, {model.Model.Model.Constraints.Count} constraints in " +
                $"{clock.Elapsed.TotalSeconds:F1} s; managed heap {GC.GetTotalMemory(true) / 1024 / 1024} MiB, peak working set " +
                $"{Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MiB");
            if (parse.GetValue(timeLimit) <= 0) return 0;

            var result = new CurtoisBenchmark(new CurtoisSolver(new CpSatRunner(), null, Console.WriteLine)).Run(instance,
                new CurtoisSearchOptions(TimeSpan.FromSeconds(parse.GetValue(timeLimit)), parse.GetValue(workers)));
            Console.WriteLine($"objective {result.Report.Objective}, bound {result.Report.BestBound}, evaluator {result.Evaluation?.Objective} " +
                $"({(result.EvaluatorAgrees ? "agrees" : "disagrees")}); peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MiB");
            return result.Roster is null || result.EvaluatorAgrees ? 0 : 1;
        });
        return command;
    }
}
