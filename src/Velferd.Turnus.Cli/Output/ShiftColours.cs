using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Cli.Output;

/// <summary>One colour per shift category, the same in the terminal and the HTML report.</summary>
internal static class ShiftColours
{
    public static string Terminal(ShiftCategory category) => category switch
    {
        ShiftCategory.Day => "yellow",
        ShiftCategory.Evening => "blue",
        ShiftCategory.Night => "magenta",
        ShiftCategory.Long => "green",
        _ => "grey",
    };

    public static string Html(ShiftCategory category) => category switch
    {
        ShiftCategory.Day => "#fde68a",
        ShiftCategory.Evening => "#bfdbfe",
        ShiftCategory.Night => "#ddd6fe",
        ShiftCategory.Long => "#bbf7d0",
        _ => "#e5e7eb",
    };

    public static string NorwegianName(ShiftCategory category) => category switch
    {
        ShiftCategory.Day => "dag",
        ShiftCategory.Evening => "kveld",
        ShiftCategory.Night => "natt",
        ShiftCategory.Long => "langvakt",
        _ => "hvilende natt",
    };
}
