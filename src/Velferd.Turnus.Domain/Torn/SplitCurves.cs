using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Time;

namespace Velferd.Turnus.Domain.Torn;

/// <summary>
/// Staffing curves before and after the split. Before: the vedtak curve plus catalogue work beyond the vedtak.
/// After: the vedtak curve with the task load found in it taken out and the split's allocation put in, so each
/// slot's total is unchanged and only the competences move. Required minima and sleeping presence stay.
/// </summary>
public static class SplitCurves
{
    public static StaffingCurve Before(TaskSplitInput input) => Apply(input, input.Today.BeyondVedtak, null);

    public static StaffingCurve After(TaskSplitInput input, TaskAllocation split) => Apply(input, split, input.Today.FromPool);

    /// <summary>The vedtak curve plus <paramref name="added"/> less <paramref name="removed"/>, each spread evenly over its segment.</summary>
    public static StaffingCurve Apply(TaskSplitInput input, TaskAllocation added, TaskAllocation? removed)
    {
        var curve = input.VedtakCurve;
        foreach (var competence in CompetenceCodes.All)
        {
            var desired = Enumerable.Range(0, SlotGrid.SlotsPerWeek).Select(slot => curve.Desired(slot, competence)).ToArray();
            var changed = false;
            foreach (var segment in input.Segments)
            {
                var staff = StaffPerSlot(input, segment, added, competence) - (removed is null ? 0 : StaffPerSlot(input, segment, removed, competence));
                if (Math.Abs(staff) < 1e-12)
                    continue;
                changed = true;
                foreach (var slot in segment.Slots)
                    desired[slot] = Math.Max(0, desired[slot] + staff);
            }
            if (changed)
            {
                var required = Enumerable.Range(0, SlotGrid.SlotsPerWeek).Select(slot => curve.Required(slot, competence)).ToArray();
                curve = curve.WithAwakeDemand(competence, desired, required);
            }
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
