using System.CommandLine;

namespace Velferd.Turnus.Cli.Commands;

/// <summary>A subcommand of `turnus` whose --help ends with examples a user can copy (see <see cref="HelpWithExamples"/>).</summary>
public class TurnusCommand(string name, string description, params string[] examples) : Command(name, description)
{
    public IReadOnlyList<string> Examples { get; } = examples;
}
