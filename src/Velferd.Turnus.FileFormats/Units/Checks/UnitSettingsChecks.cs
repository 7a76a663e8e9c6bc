using static System.FormattableString;

namespace Velferd.Turnus.FileFormats.Units.Checks;

/// <summary>Unit-wide settings whose value is allowed but very likely a typing error.</summary>
internal static class UnitSettingsChecks
{
    /// <summary>Below this, demand is more than three times the vedtak hours: far from the 0.50–0.65 targets [seed 000].</summary>
    private const double LowestPlausibleDirectTimeShare = 0.3;

    public static void Run(UnitCheckContext context)
    {
        if (context.Unit.DirectTimeShare is > 0 and < LowestPlausibleDirectTimeShare and var share)
        {
            context.Issues.Warning("$.directTimeShare",
                Invariant($"is below {LowestPlausibleDirectTimeShare:0.0#}: demand becomes more than {1 / share:0.#} times the vedtak hours ") +
                "(Bærum's targets: 0.65 in staffed housing, 0.50 in ambulant services)");
        }
    }
}
