namespace Velferd.Turnus.Domain.Demand;

/// <summary>
/// Weekly staff hours by source. Reconciliation: the curve's total equals
/// <see cref="VedtakAwakeHours"/> ÷ <see cref="DirectTimeShare"/> + <see cref="BaseAwakeHours"/> + <see cref="SleepingHours"/>.
/// </summary>
public sealed record DemandBreakdown(
    double VedtakAwakeHours,
    double VedtakSleepingHours,
    double BaseAwakeHours,
    double SleepingHours,
    double DirectTimeShare)
{
    /// <summary>Awake vedtak hours grown by the indirect time (documentation, travel, meetings).</summary>
    public double VedtakAwakeHoursWithIndirectTime => VedtakAwakeHours / DirectTimeShare;

    public double ExpectedTotalHours => VedtakAwakeHoursWithIndirectTime + BaseAwakeHours + SleepingHours;
}
