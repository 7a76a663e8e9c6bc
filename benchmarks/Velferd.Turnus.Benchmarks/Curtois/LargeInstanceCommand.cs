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
/// times and memory, to show the reader and the model scale; the figures go into their own section of CURTOIS.md.
/// </summary>
internal static class LargeInstanceCommand
{
    public static Command Create()
    {
        var days = new Option<int>("--days") { DefaultValueFactory = _ => 364, Description = "Horizon in days" };
        var staff = new Option<int>("--staff") { DefaultValueFactory = _ => 150, Description = "Number of employees" };
        var timeLimit = new Option<double>("--time-limit") { DefaultValueFactory = _ => 0, Description = "Seconds to solve (0: only build the model)" };
        var workers = new Option<int>("--workers") { DefaultValueFactory = _ => Environment.ProcessorCount, Description = "Cores to use" };
        var output = new Option<string?>("--output") { Description = "Report whose scale section is written (default: benchmarks/CURTOIS.md)" };
        var command = new Command("curtois-large", "Generate, read, build (and optionally solve) a large instance in the Curtois format")
        {
            days, staff, timeLimit, workers, output,
        };
        command.SetAction(parse =>
        {
            var lines = new List<string>();
            void Note(string line)
            {
                Console.WriteLine(line);
                lines.Add(line);
            }
            var machine = MachineInfo.Current();
            var clock = Stopwatch.StartNew();
            var text = SyntheticInstance.Generate(parse.GetValue(days), parse.GetValue(staff));
            var instance = CurtoisReader.Parse(text, "synthetic", $"Synthetic{parse.GetValue(days)}x{parse.GetValue(staff)}");
            Note($"read {instance.HorizonDays} days x {instance.Staff.Count} staff x {instance.Shifts.Count} shifts in {clock.Elapsed.TotalSeconds:F1} s");
            clock.Restart();
            var model = CurtoisModel.Build(instance);
            Note($"built model: {model.Model.Model.Variables.Count} variables, {model.Model.Model.Constraints.Count} constraints in " +
                $"{clock.Elapsed.TotalSeconds:F1} s; managed heap {GC.GetTotalMemory(true) / 1024 / 1024} MiB, peak working set " +
                $"{Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MiB");
            if (parse.GetValue(timeLimit) <= 0)
            {
                WriteSection(parse.GetValue(output), machine, lines);
                return 0;
            }

            var result = new CurtoisBenchmark(new CurtoisSolver(new CpSatRunner(), null, line => Note($"solver: {line}"))).Run(instance,
                new CurtoisSearchOptions(TimeSpan.FromSeconds(parse.GetValue(timeLimit)), parse.GetValue(workers)));
            var outcome = result.Roster is null
                ? "no roster within the time limit"
                : $"objective {result.Report.Objective}, bound {result.Report.BestBound}, evaluator {result.Evaluation?.Objective} ({(result.EvaluatorAgrees ? "agrees" : "disagrees")})";
            Note($"solved {parse.GetValue(timeLimit):0} s with {parse.GetValue(workers)} workers: {outcome}; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MiB");
            WriteSection(parse.GetValue(output), machine, lines);
            return result.Roster is null || result.EvaluatorAgrees ? 0 : 1;
        });
        return command;
    }

    private static void WriteSection(string? output, MachineInfo machine, IEnumerable<string> lines)
    {
        var report = output ?? CurtoisPaths.Report();
        ReportSection.Write(report, "curtois-large",
            "## Scale: a year-long instance with 150 staff\n\n" +
            "`dotnet run -c Release --project benchmarks/Velferd.Turnus.Benchmarks -- curtois-large` generates an instance in the " +
            "benchmark format (`SyntheticInstance`), reads it with the same reader, builds the same model and runs the same solver. " +
            "A pricing call of column generation may hold a bounded number of states (`SchedulePricer.MaxLabelsPerCall`: an 800th of the memory, at most 30 million); " +
            "beyond that column generation stops and the full CP-SAT model gets the rest of the time (before this guard, this run " +
            "ran out of the machine's 24 GiB):\n\n" +
            string.Join("\n", lines.Select(line => $"- {line}")) + "\n\n" + machine.Markdown() + "\n");
        Console.WriteLine($"wrote the scale section of {report}");
    }
}
