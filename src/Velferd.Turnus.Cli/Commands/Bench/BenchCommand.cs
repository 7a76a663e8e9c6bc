using System.CommandLine;

namespace Velferd.Turnus.Cli.Commands.Bench;

/// <summary><c>turnus bench ...</c>: solver quality against public benchmarks.</summary>
public static class BenchCommand
{
    public static Command Create() => new TurnusCommand("bench", "Measure solver quality on public benchmark instances",
        "turnus bench curtois ../shared/benchmarks/curtois --time-limit 60")
    {
        CurtoisBenchCommand.Create(),
    };
}
