using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Domain.Torn;

/// <summary>
/// The part of the staffing curve the task catalogue can explain and TØRN may move: awake vedtak load with its
/// indirect-time uplift. Base staffing, continuous 1:1/2:1 presence and sleeping presence are presence, not
/// tasks, and stay where they are (docs/torn.md).
/// </summary>
public static class VedtakPool
{
    public static StaffingCurve Of(Unit unit)
    {
        var residents = unit.Residents
            .Select(resident => resident with
            {
                Vedtak = resident.Vedtak.Where(vedtak => vedtak.Night == NightCover.Awake && !vedtak.IsContinuousPresence).ToList(),
            })
            .ToList();
        return DemandEngine.Build(unit with { Residents = residents, BaseStaffing = [] });
    }
}
