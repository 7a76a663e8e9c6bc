using System.Globalization;
using System.Net;

namespace Velferd.Turnus.Cli.Output.Html;

/// <summary>Escaping and number formatting for the HTML report.</summary>
internal static class HtmlText
{
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static string Money(double kroner) => NorwegianFormat.Decimal(kroner, "#,##0");

    public static string Percent(double share) => NorwegianFormat.Decimal(share * 100, "0.0") + " %";

    /// <summary>SVG coordinates need a dot as decimal separator.</summary>
    public static string Svg(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
