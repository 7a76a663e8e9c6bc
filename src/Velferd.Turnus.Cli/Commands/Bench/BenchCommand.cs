using System.CommandLine;

namespace Velferd.Turnus.Cli.Commands.Bench;

/// <summary><c>turnus bench ...</c>: solver quality against public benchmarks.</summary>
public static class BenchCommand
{
    public static Command Create() => new("bench", "Measure solver quality on public benchmark instances")
    {
        CurtoisBenchCommand.Create(),
    };
}
