namespace Velferd.Turnus.Cli.Commands;

/// <summary>Help texts: what a command does, then examples a user can copy.</summary>
internal static class CommandText
{
    public static string Describe(string what, params string[] examples) =>
        $"{what}{Environment.NewLine}{Environment.NewLine}Eksempel:{Environment.NewLine}" +
        string.Join(Environment.NewLine, examples.Select(example => $"  {example}"));
}
