using System.CommandLine;
using Velferd.Turnus.Cli.Commands;
using Velferd.Turnus.Cli.Commands.Bench;

namespace Velferd.Turnus.Cli;

/// <summary>The `turnus` command. Each subcommand lives in Commands/; add new ones to <see cref="BuildRoot"/>.</summary>
public static class Program
{
    public static RootCommand BuildRoot() => new("turnus: bemanning og turnus for kommunal helse og omsorg (Velferd.Turnus).")
    {
        ValidateCommand.Create(),
        DemandCommand.Create(),
        PlanCommand.Create(),
        CheckCommand.Create(),
        JobsCommand.Create(),
        PortfolioCommand.Create(),
        TornCommand.Create(),
        BenchCommand.Create(),
    };

    public static int Main(string[] args) => TurnusCli.Run(BuildRoot(), args, Console.Out, Console.Error);
}
