using System.Globalization;

namespace Velferd.Turnus.Cli.Output;

/// <summary>
/// Numbers the way bokmål writes them (1 234,5). Built from the invariant culture so it works on
/// machines without ICU culture data.
/// </summary>
internal static class NorwegianFormat
{
    private static readonly NumberFormatInfo Numbers = NumberFormatInfo.ReadOnly(new NumberFormatInfo
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = " ",
        PercentDecimalSeparator = ",",
        PercentGroupSeparator = " ",
        NegativeSign = "-",
    });

    /// <summary>One decimal with thousands grouped: 1 234,5.</summary>
    public static string Hours(double value) => value.ToString("#,##0.0", Numbers);

    public static string Decimal(double value, string format) => value.ToString(format, Numbers);
}
