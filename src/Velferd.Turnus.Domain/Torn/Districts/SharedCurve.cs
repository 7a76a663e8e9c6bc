using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Time;

namespace Velferd.Turnus.Domain.Torn.Districts;

/// <summary>
/// A unit's demand with the fagteam: its split alone, less the task minutes the fagteam does there (taken from
/// the unit's nurses, spread over the segment like the task), less the replaced base staffing in every slot the
/// fagteam is on duty (the team is then reachable instead of the unit's own nurse).
/// </summary>
public static class SharedCurve
{
    /// <summary>The nurse minutes the fagteam took per segment and task: from its own competence first, then the other nurse profession.</summary>
    public static TaskAllocation TakenByFagteam(TaskSplitInput input, TaskAllocation alone, IEnumerable<FagteamTaskWork> work, Competence fagteam)
    {
        var taken = new TaskAllocation(input.Segments.Count, input.Catalogue.Count);
        var order = new[] { Performer.Sykepleier, Performer.Vernepleier }.OrderBy(performer => performer.Competence() == fagteam ? 0 : 1).ToList();
        foreach (var group in work.GroupBy(item => (Segment: SegmentOf(input, item.WeekSlot), item.Task)))
        {
            if (group.Key.Segment is not { } segment)
                continue;
            double left = group.Sum(item => item.Minutes);
            foreach (var performer in order)
            {
                var take = Math.Min(left, alone.Minutes(segment, group.Key.Task, performer));
                taken.Add(segment, group.Key.Task, performer, take);
                left -= take;
            }
        }
        return taken;
    }

    public static StaffingCurve Build(DistrictUnit unit, TaskSplitInput input, TaskAllocation alone, TaskAllocation taken, FagteamSchedule schedule)
    {
        var remaining = alone.Plus(Negated(taken));
        var curve = SplitCurves.Apply(input, remaining, removeExplained: true);
        foreach (var competence in CompetenceCodes.All)
        {
            var rules = unit.ReplacedRules.Where(rule => rule.Competence == competence).ToList();
            if (rules.Count == 0)
                continue;
            var desired = Enumerable.Range(0, SlotGrid.SlotsPerWeek).Select(slot => curve.Desired(slot, competence)).ToArray();
            var required = Enumerable.Range(0, SlotGrid.SlotsPerWeek).Select(slot => curve.Required(slot, competence)).ToArray();
            foreach (var rule in rules)
                foreach (var slot in rule.Weekdays.SelectMany(day => SlotGrid.SlotsOf(day, rule.Window)).Where(slot => schedule.OnDutyCount(slot) > 0))
                {
                    desired[slot] = Math.Max(0, desired[slot] - rule.Count);
                    required[slot] = Math.Max(0, required[slot] - rule.Count);
                }
            curve = curve.WithAwakeDemand(competence, desired, required);
        }
        return curve;
    }

    /// <summary>The fagteam's own demand: members on duty per slot, at its competence.</summary>
    public static StaffingCurve Fagteam(Fagteam fagteam, FagteamSchedule schedule)
    {
        var onDuty = Enumerable.Range(0, SlotGrid.SlotsPerWeek).Select(schedule.OnDutyCount).ToArray();
        return StaffingCurve.Empty(1).WithAwakeDemand(fagteam.Competence, onDuty.Select(count => (double)count).ToArray(), onDuty);
    }

    private static int? SegmentOf(TaskSplitInput input, int slot) =>
        input.Segments.FirstOrDefault(segment => slot >= segment.FirstSlot && slot < segment.FirstSlot + segment.SlotCount)?.Index;

    private static TaskAllocation Negated(TaskAllocation allocation)
    {
        var negated = new TaskAllocation(allocation.SegmentCount, allocation.TaskCount);
        foreach (var (segment, task, performer, minutes) in allocation.Entries())
            negated.Add(segment, task, performer, -minutes);
        return negated;
    }
}
