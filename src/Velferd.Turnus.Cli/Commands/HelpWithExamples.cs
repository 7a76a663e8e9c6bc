using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Velferd.Turnus.Cli.Commands;

/// <summary>The standard --help, followed by the command's examples (for `turnus --help`: the first example of every command).</summary>
internal sealed class HelpWithExamples(HelpAction standard) : SynchronousCommandLineAction
{
    /// <summary>Like the standard help: `turnus demand --help` shows help even though the unit file is missing.</summary>
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var result = standard.Invoke(parseResult);
        var command = parseResult.CommandResult.Command;
        var examples = command switch
        {
            TurnusCommand turnus => turnus.Examples,
            RootCommand root => root.Subcommands.OfType<TurnusCommand>().SelectMany(sub => sub.Examples.Take(1)).ToList(),
            _ => [],
        };
        if (examples.Count == 0)
            return result;
        var output = parseResult.InvocationConfiguration.Output;
        output.WriteLine(examples.Count == 1 ? "Eksempel:" : "Eksempler:");
        foreach (var example in examples)
            output.WriteLine($"  {example}");
        output.WriteLine();
        return result;
    }

    /// <summary>Puts the examples into the help of the root and every subcommand (the root's help option serves them all).</summary>
    public static void Install(RootCommand root)
    {
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            if (help.Action is HelpAction standard)
                help.Action = new HelpWithExamples(standard);
        }
    }
}
