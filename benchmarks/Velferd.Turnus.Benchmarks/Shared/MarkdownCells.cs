using System.Globalization;

namespace Velferd.Turnus.Benchmarks.Shared;

/// <summary>How the results files write numbers: invariant culture, "–" for none.</summary>
public static class MarkdownCells
{
    public static string Number(double value) => value.ToString("0", CultureInfo.InvariantCulture);

    public static string Money(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("#,##0", CultureInfo.InvariantCulture) : "–";

    public static string Percent(double? value) => value is { } v && double.IsFinite(v) ? (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "–";

    public static string Seconds(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "–";
}
