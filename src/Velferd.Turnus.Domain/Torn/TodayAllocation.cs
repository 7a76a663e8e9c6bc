using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Domain.Torn;

/// <summary>
/// The "before" of the split: how the catalogue's tasks sit in today's vedtak curve. For each window of each task
/// on each day — tasks with the fewest permitted performers first — the task takes the vedtak load of its
/// permitted competences inside that window, highest competence first ("each task at the highest competence
/// currently doing it"); delegated helsefagarbeidere only up to their hours. What the vedtak load in the window
/// cannot hold is catalogue work beyond the vedtak; it goes to the lowest permitted performer the unit staffs.
/// Matching over the whole window, not slot by slot, lets a vedtak for 08:00–08:30 explain a round the catalogue
/// places in 07:00–09:00 (docs/torn.md).
/// </summary>
public static class TodayAllocation
{
    /// <param name="FromPool">Task minutes found in the vedtak load, where the task is done.</param>
    /// <param name="BeyondVedtak">Task minutes the vedtak load has no room for (added to the curve before and after).</param>
    /// <param name="Explained">Staff per slot and competence of vedtak load the tasks explain, where the vedtak put it (index slot × 5 + competence).</param>
    public sealed record Result(TaskAllocation FromPool, TaskAllocation BeyondVedtak, IReadOnlyList<double> Explained)
    {
        public TaskAllocation Before => FromPool.Plus(BeyondVedtak);

        public double ExplainedStaff(int slot, Competence competence) => Explained[slot * CompetenceCodes.All.Count + (int)competence];
    }

    public static Result Build(IReadOnlyList<CareTask> catalogue, IReadOnlyList<TaskSegment> segments, StaffingCurve pool,
        double directTimeShare, CompetenceCapacity capacity)
    {
        var competences = CompetenceCodes.All.Count;
        var remaining = new double[SlotGrid.SlotsPerWeek * competences];
        for (var slot = 0; slot < SlotGrid.SlotsPerWeek; slot++)
            foreach (var competence in CompetenceCodes.All)
                remaining[slot * competences + (int)competence] = pool.Desired(slot, competence) * SlotGrid.SlotMinutes;
        var explained = new double[remaining.Length];
        var fromPool = new TaskAllocation(segments.Count, catalogue.Count);
        var beyond = new TaskAllocation(segments.Count, catalogue.Count);
        var delegatedLeft = capacity.DelegatedHfaHours * 60;

        var order = Enumerable.Range(0, catalogue.Count).OrderBy(t => TaskPermissions.Permitted(catalogue[t]).Count).ThenBy(t => t).ToList();
        var occurrences = TaskSegments.Occurrences(catalogue, segments).OrderBy(occurrence => order.IndexOf(occurrence.Task)).ToList();
        foreach (var occurrence in occurrences)
        {
            var task = catalogue[occurrence.Task];
            var uplift = task.Uplift(directTimeShare);
            double need = occurrence.Segments.Sum(segment => segments[segment].TaskMinutes[occurrence.Task]);
            var total = need;
            foreach (var performer in TaskPermissions.Permitted(task).Where(capacity.Staffs))
            {
                var competence = (int)performer.Competence();
                var available = occurrence.Slots.Sum(slot => remaining[slot * competences + competence]);
                var staffMinutes = Math.Min(need * uplift, available);
                if (performer == Performer.DelegertHelsefagarbeider)
                    staffMinutes = Math.Min(staffMinutes, delegatedLeft);
                if (staffMinutes <= 1e-9)
                    continue;
                var share = staffMinutes / available;
                foreach (var slot in occurrence.Slots)
                {
                    var index = slot * competences + competence;
                    explained[index] += remaining[index] * share / SlotGrid.SlotMinutes;
                    remaining[index] -= remaining[index] * share;
                }
                if (performer == Performer.DelegertHelsefagarbeider)
                    delegatedLeft -= staffMinutes;
                Spread(fromPool, occurrence, segments, performer, staffMinutes / uplift, total);
                need -= staffMinutes / uplift;
            }
            foreach (var performer in BeyondVedtakPerformers(task, capacity))
            {
                var minutes = performer == Performer.DelegertHelsefagarbeider ? Math.Min(need, delegatedLeft / uplift) : need;
                if (minutes <= 1e-9)
                    continue;
                if (performer == Performer.DelegertHelsefagarbeider)
                    delegatedLeft -= minutes * uplift;
                Spread(beyond, occurrence, segments, performer, minutes, total);
                need -= minutes;
            }
        }
        return new Result(fromPool, beyond, explained);
    }

    /// <summary>
    /// Where catalogue work beyond the vedtak goes today: the permitted performers the unit staffs, lowest first
    /// (delegated helsefagarbeidere only as far as their hours go), and last the lowest permitted one without delegation.
    /// </summary>
    public static IEnumerable<Performer> BeyondVedtakPerformers(CareTask task, CompetenceCapacity capacity)
    {
        var permitted = TaskPermissions.Permitted(task);
        foreach (var performer in permitted.Where(capacity.Staffs).Reverse())
            yield return performer;
        yield return permitted.Last(performer => performer != Performer.DelegertHelsefagarbeider);
    }

    /// <summary>Shares minutes over the occurrence's segments in proportion to the task's minutes in each.</summary>
    private static void Spread(TaskAllocation allocation, TaskOccurrence occurrence, IReadOnlyList<TaskSegment> segments, Performer performer, double minutes, double total)
    {
        foreach (var segment in occurrence.Segments)
            allocation.Add(segment, occurrence.Task, performer, minutes * segments[segment].TaskMinutes[occurrence.Task] / total);
    }
}
