using Spectre.Console;

namespace Velferd.Turnus.Cli.Output;

/// <summary>A Spectre console over any writer: colour only on a real terminal, plain text into files, pipes and tests.</summary>
internal static class Terminal
{
    private const int WidthWhenNotATerminal = 120;

    public static IAnsiConsole For(TextWriter writer)
    {
        var isTerminal = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!isTerminal)
            console.Profile.Width = WidthWhenNotATerminal;
        return console;
    }
}
