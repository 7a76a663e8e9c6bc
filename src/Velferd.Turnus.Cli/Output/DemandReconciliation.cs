using Velferd.Turnus.Domain.Demand;

namespace Velferd.Turnus.Cli.Output;

/// <summary>
/// The check a unit leader reads under the curve, for the whole unit: vedtak hours ÷ direct-time share
/// + base staffing + sleeping presence must equal the curve's own total (within 0.01 h).
/// </summary>
internal sealed record DemandReconciliation(
    double VedtakAwakeHours,
    double VedtakSleepingHours,
    double DirectTimeShare,
    double VedtakWithIndirectTimeHours,
    double BaseAwakeHours,
    double SleepingHours,
    double ExpectedTotalHours,
    double CurveTotalHours,
    bool Matches)
{
    public const double ToleranceHours = 0.01;

    /// <summary>The same figures rounded for output files, where float noise in the last digits only confuses.</summary>
    public DemandReconciliation Rounded(int decimals) => this with
    {
        VedtakAwakeHours = Math.Round(VedtakAwakeHours, decimals),
        VedtakSleepingHours = Math.Round(VedtakSleepingHours, decimals),
        VedtakWithIndirectTimeHours = Math.Round(VedtakWithIndirectTimeHours, decimals),
        BaseAwakeHours = Math.Round(BaseAwakeHours, decimals),
        SleepingHours = Math.Round(SleepingHours, decimals),
        ExpectedTotalHours = Math.Round(ExpectedTotalHours, decimals),
        CurveTotalHours = Math.Round(CurveTotalHours, decimals),
    };

    public static DemandReconciliation Of(StaffingCurve curve)
    {
        var breakdown = curve.Breakdown;
        return new DemandReconciliation(
            breakdown.VedtakAwakeHours, breakdown.VedtakSleepingHours, breakdown.DirectTimeShare,
            breakdown.VedtakAwakeHoursWithIndirectTime, breakdown.BaseAwakeHours, breakdown.SleepingHours,
            breakdown.ExpectedTotalHours, curve.TotalStaffHoursPerWeek,
            Matches: Math.Abs(breakdown.ExpectedTotalHours - curve.TotalStaffHoursPerWeek) <= ToleranceHours);
    }
}
