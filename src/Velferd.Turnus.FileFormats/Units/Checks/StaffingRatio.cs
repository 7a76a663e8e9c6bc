namespace Velferd.Turnus.FileFormats.Units.Checks;

/// <summary>"2:1" → 2 staff at once; absent means 1:1.</summary>
internal static class StaffingRatio
{
    public static int Parse(string? text) =>
        text is { Length: >= 3 } && char.IsDigit(text[0]) && text[1..] == ":1" ? text[0] - '0' : 1;
}
