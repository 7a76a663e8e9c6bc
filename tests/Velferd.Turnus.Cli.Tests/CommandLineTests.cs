using System.CommandLine;

namespace Velferd.Turnus.Cli.Tests;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("validate", "--help")]
    [InlineData("demand", "--help")]
    [InlineData("demand", "-h")]
    public void Help_shows_usage_and_an_example(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("Usage:", run.Output);
        Assert.Matches(@"Eksemp(el|ler):\r?\n  turnus (validate|demand) samples/", run.Output);
    }

    public static TheoryData<string> EveryCommand()
    {
        var paths = new TheoryData<string>();
        void Walk(Command command, string path)
        {
            foreach (var sub in command.Subcommands)
            {
                paths.Add((path + " " + sub.Name).Trim());
                Walk(sub, path + " " + sub.Name);
            }
        }
        Walk(Program.BuildRoot(), "");
        return paths;
    }

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public void Every_command_has_help_with_an_example_of_itself(string command)
    {
        var run = CliRun.Of([.. command.Split(' '), "--help"]);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("Usage:", run.Output);
        Assert.Matches(@"Eksemp(el|ler):\r?\n  turnus " + command.Split(' ')[0], run.Output);
    }

    [Fact]
    public void Demand_help_lists_its_options()
    {
        var run = CliRun.Of("demand", "--help");

        Assert.Contains("--format <csv|json|table>", run.Output);
        Assert.Contains("--competence <KODE>", run.Output);
        Assert.Contains("--out <FIL>", run.Output);
        Assert.Contains("turnus demand samples/hjemmetjeneste-sone.json --format csv --out behov.csv", run.Output);
    }

    [Theory]
    [InlineData(new string[0], "turnus: Required command was not provided.")]
    [InlineData(new[] { "plann" }, "turnus: Unrecognized command or argument 'plann'.")]
    [InlineData(new[] { "demand" }, "turnus: Required argument missing for command: 'demand'.")]
    public void Usage_errors_exit_2_with_a_pointer_to_help(string[] args, string message)
    {
        var run = CliRun.Of(args);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.Contains("--help' for bruk og eksempler.", run.Error);
    }

    [Fact]
    public void An_unexpected_fault_is_one_line_and_exit_1()
    {
        var failing = new Command("feil");
        failing.SetAction(int (_) => throw new InvalidOperationException("noe gikk galt"));
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = TurnusCli.Run(new RootCommand { failing }, ["feil"], output, error);

        Assert.Equal(ExitCodes.Unexpected, exitCode);
        Assert.Equal("turnus: uventet feil (InvalidOperationException): noe gikk galt" + Environment.NewLine, error.ToString());
    }
}
