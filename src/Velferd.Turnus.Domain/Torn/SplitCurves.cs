using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Time;

namespace Velferd.Turnus.Domain.Torn;

/// <summary>
/// Staffing curves before and after the split. Before: the vedtak curve plus catalogue work beyond the vedtak.
/// After: the vedtak curve with the task load found in it taken out (where the vedtak put it) and the split's
/// allocation put in (where the catalogue's windows put it), so the week's total is unchanged and only
/// competences and timing move. Required minima and sleeping presence stay.
/// </summary>
public static class SplitCurves
{
    public static StaffingCurve Before(TaskSplitInput input) => Apply(input, input.Today.BeyondVedtak, removeExplained: false);

    public static StaffingCurve After(TaskSplitInput input, TaskAllocation split) => Apply(input, split, removeExplained: true);

    /// <summary>The vedtak curve plus <paramref name="added"/> (each entry spread evenly over its segment), less the explained vedtak load when asked.</summary>
    public static StaffingCurve Apply(TaskSplitInput input, TaskAllocation added, bool removeExplained)
    {
        var curve = input.VedtakCurve;
        foreach (var competence in CompetenceCodes.All)
        {
            var desired = Enumerable.Range(0, SlotGrid.SlotsPerWeek).Select(slot => curve.Desired(slot, competence)).ToArray();
            if (removeExplained)
                for (var slot = 0; slot < SlotGrid.SlotsPerWeek; slot++)
                    desired[slot] -= input.Today.ExplainedStaff(slot, competence);
            foreach (var segment in input.Segments)
            {
                var staff = StaffPerSlot(input, segment, added, competence);
                foreach (var slot in segment.Slots)
                    desired[slot] += staff;
            }
            var required = Enumerable.Range(0, SlotGrid.SlotsPerWeek).Select(slot => curve.Required(slot, competence)).ToArray();
            curve = curve.WithAwakeDemand(competence, desired.Select(value => Math.Max(0, value)).ToArray(), required);
        }
        return curve;
    }

    /// <summary>Staff per slot of a competence that an allocation puts in a segment (task minutes × uplift ÷ segment minutes).</summary>
    private static double StaffPerSlot(TaskSplitInput input, TaskSegment segment, TaskAllocation allocation, Competence competence)
    {
        double staffMinutes = 0;
        for (var task = 0; task < input.Catalogue.Count; task++)
            foreach (var performer in Performers.All.Where(performer => performer.Competence() == competence))
                staffMinutes += allocation.Minutes(segment.Index, task, performer) * input.Uplift(task);
        return staffMinutes / segment.Minutes;
    }
}
