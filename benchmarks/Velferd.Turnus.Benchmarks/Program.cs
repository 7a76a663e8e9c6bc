using System.CommandLine;
using Velferd.Turnus.Benchmarks.Curtois;

var root = new RootCommand("Velferd.Turnus benchmarks: run a benchmark set and write its report")
{
    CurtoisBenchmarkCommand.Create(),
    LargeInstanceCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count == 0) return parse.Invoke();
foreach (var error in parse.Errors) Console.Error.WriteLine($"error: {error.Message}");
return 2;
