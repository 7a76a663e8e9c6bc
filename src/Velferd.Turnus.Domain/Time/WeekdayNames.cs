namespace Velferd.Turnus.Domain.Time;

/// <summary>File codes ("mon") and Norwegian display names ("mandag") for weekdays.</summary>
public static class WeekdayNames
{
    public static readonly IReadOnlyList<Weekday> All = Enum.GetValues<Weekday>();

    private static readonly string[] Codes = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    private static readonly string[] Norwegian = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"];
    private static readonly string[] NorwegianShort = ["ma", "ti", "on", "to", "fr", "lø", "sø"];

    public static string Code(this Weekday day) => Codes[(int)day];

    public static string NorwegianName(this Weekday day) => Norwegian[(int)day];

    public static string NorwegianShortName(this Weekday day) => NorwegianShort[(int)day];

    public static bool IsWeekend(this Weekday day) => day is Weekday.Saturday or Weekday.Sunday;

    public static bool TryParse(string code, out Weekday day)
    {
        var index = Array.IndexOf(Codes, code.Trim().ToLowerInvariant());
        day = (Weekday)Math.Max(index, 0);
        return index >= 0;
    }

    public static string AllowedCodes => string.Join(", ", Codes);
}
