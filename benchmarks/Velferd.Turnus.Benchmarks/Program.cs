using System.CommandLine;
using Velferd.Turnus.Benchmarks.Curtois;
using Velferd.Turnus.Benchmarks.Samples;

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
        };
        return root.Parse(args).Invoke();
    }
}
