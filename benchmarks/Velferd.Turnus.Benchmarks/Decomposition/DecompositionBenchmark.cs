using System.CommandLine;
using Velferd.Turnus.Benchmarks.Shared;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.FileFormats.Units;
using Velferd.Turnus.Solver.Turnus;
using Velferd.Turnus.Solver.Turnus.Columns;

namespace Velferd.Turnus.Benchmarks.Decomposition;

/// <summary>
/// `decomposition`: how far the 60-second plans really are from optimal. Plans each sample as the samples benchmark does,
/// then runs the column generation over personal rotations (RotationColumnBound) from that plan for a long time, and
/// writes benchmarks/DECOMPOSITION.md: the solver's own bound, the decomposition bound, and the master's optimum that
/// bound converges to. Tells whether a gap is the plans' fault or the bound's.
/// </summary>
public static class DecompositionBenchmark
{
    public static Command Create()
    {
        var only = new Option<string?>("--sample") { Description = "Only samples whose file name contains this text." };
        var planSeconds = new Option<double>("--plan-time") { Description = "Time limit of the plan solve in seconds.", DefaultValueFactory = _ => 60 };
        var boundSeconds = new Option<double>("--bound-time") { Description = "Time for the column generation per sample in seconds.", DefaultValueFactory = _ => 600 };
        var output = new Option<string?>("--out") { Description = "Results file (default benchmarks/DECOMPOSITION.md)." };
        var seed = new Option<int>("--seed") { Description = "Solver seed.", DefaultValueFactory = _ => 1 };
        var command = new Command("decomposition", "Bound every sample's plan by column generation over personal rotations and write benchmarks/DECOMPOSITION.md.")
        {
            only, planSeconds, boundSeconds, output, seed,
        };
        command.SetAction(parsed =>
        {
            var root = RepositoryPaths.Root();
            var machine = MachineInfo.Current();
            var files = SampleFiles.Select(root, parsed.GetValue(only));
            var rows = new List<DecompositionRun>();
            foreach (var file in files)
            {
                var unit = UnitFileReader.ReadFile(file).Unit ?? throw new InvalidDataException($"{file} does not validate");
                var options = new PlanOptions { TimeLimit = TimeSpan.FromSeconds(parsed.GetValue(planSeconds)), Workers = Environment.ProcessorCount, Seed = parsed.GetValue(seed) };
                Console.WriteLine($"{Path.GetFileName(file)}: planning for {options.TimeLimit.TotalSeconds} s …");
                var plan = TurnusSolver.Solve(unit, options);
                if (plan.Plan is null || plan.Check is not { IsLegal: true })
                    throw new InvalidDataException($"{file}: no legal plan in {options.TimeLimit.TotalSeconds} s to start the column generation from");
                Console.WriteLine($"  plan {plan.ObjectiveNok:0} kr, bound {plan.BoundNok:0} kr; column generation for {parsed.GetValue(boundSeconds)} s …");
                var bound = RotationColumnBound.Run(unit, DemandEngine.Build(unit), options, plan.Plan,
                    TimeSpan.FromSeconds(parsed.GetValue(boundSeconds)), line => Console.WriteLine($"  {line}"));
                rows.Add(new DecompositionRun(Path.GetFileName(file), plan.ObjectiveNok!.Value, plan.BoundNok, bound));
            }
            var path = parsed.GetValue(output) ?? Path.Combine(root, "benchmarks", "DECOMPOSITION.md");
            File.WriteAllText(path, DecompositionMarkdown.Write(rows, machine, parsed.GetValue(planSeconds), parsed.GetValue(boundSeconds), parsed.GetValue(seed)));
            Console.WriteLine($"Wrote {path}");
            return 0;
        });
        return command;
    }
}

/// <summary>One sample: its plan and solver bound (NOK), and what the decomposition reached (øre, as the solver reports it).</summary>
public sealed record DecompositionRun(string Sample, double PlanNok, double SolverBoundNok, RotationBoundResult Decomposition)
{
    public double DecompositionBoundNok => Decomposition.Bound / 100;

    public double MasterNok => Decomposition.Master / 100;
}
