using System.CommandLine;
using System.CommandLine.Parsing;
using Velferd.Turnus.Cli.Commands;

namespace Velferd.Turnus.Cli;

/// <summary>
/// Runs the command line in-process with given writers, so tests see exactly what a user sees.
/// Usage errors exit 2; unexpected faults print one line and exit 1, never a stack trace.
/// </summary>
public static class TurnusCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        Run(Program.BuildRoot(), args, output, error);

    public static int Run(RootCommand root, string[] args, TextWriter output, TextWriter error)
    {
        HelpWithExamples.Install(root);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not { ClearsParseErrors: true })
        {
            foreach (var problem in parsed.Errors)
                error.WriteLine($"turnus: {problem.Message}");
            error.WriteLine($"Se '{HelpHint(parsed)} --help' for bruk og eksempler.");
            return ExitCodes.InvalidInput;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration
            {
                Output = output,
                Error = error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception fault) when (fault is Hosting.ClusterUnreachableException or Hosting.Storage.DataDirectoryInUseException or KeyNotFoundException)
        {
            // Where to plan is the user's choice: an unreachable cluster or a busy data directory is a usage error.
            error.WriteLine($"turnus: {fault.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (Exception fault) when (fault is not OutOfMemoryException)
        {
            error.WriteLine($"turnus: uventet feil ({fault.GetType().Name}): {fault.Message}");
            return ExitCodes.Unexpected;
        }
    }

    private static string HelpHint(ParseResult parsed)
    {
        // The root's own name is the host's file name (testhost under tests); users know it as turnus.
        var names = new List<string>();
        for (var result = parsed.CommandResult; result.Parent is CommandResult parent; result = parent)
            names.Insert(0, result.Command.Name);
        return string.Join(' ', names.Prepend("turnus"));
    }
}
