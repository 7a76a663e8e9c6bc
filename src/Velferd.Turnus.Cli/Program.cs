using System.CommandLine;
using Velferd.Turnus.Cli.Commands.Bench;

var root = new RootCommand("turnus: rotating rosters (turnus) for Norwegian municipal care")
{
    BenchCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count == 0) return parse.Invoke();
foreach (var error in parse.Errors) Console.Error.WriteLine($"error: {error.Message}");
return 2;
