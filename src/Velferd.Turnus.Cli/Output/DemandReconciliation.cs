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
