using System.CommandLine;
using Velferd.Turnus.Benchmarks.Curtois;
using Velferd.Turnus.Benchmarks.Samples;
using Velferd.Turnus.Domain.Benchmarks.Curtois;

namespace Velferd.Turnus.Benchmarks;

/// <summary>
/// Runnable benchmarks (not tests): each subcommand measures one part of the product on this machine and
/// writes a results file under benchmarks/ with the machine noted. Add new benchmarks as subcommands here.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("Velferd.Turnus benchmarks: solve quality and speed, measured on this machine.")
        {
            SamplesBenchmark.Create(),
            Cluster.ClusterBenchmark.Create(),
            CurtoisBenchmarkCommand.Create(),
            LargeInstanceCommand.Create(),
            Decomposition.DecompositionBenchmark.Create(),
        };
        try
        {
            return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception error) when (error is InvalidDataException or IOException or CurtoisFormatException)
        {
            // A benchmark's input (units, instance files, folders) is wrong or missing: say what, not where in the code.
            Console.Error.WriteLine($"error: {error.Message}");
            return 2;
        }
    }
}
