using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Domain.Torn;

/// <summary>
/// The "before" of the split: how the catalogue's tasks sit in today's vedtak curve. In each segment, tasks with
/// the fewest permitted performers go first, and each takes the vedtak load of its permitted competences highest
/// first ("each task at the highest competence currently doing it"). Task minutes the vedtak load cannot hold are
/// catalogue work beyond the vedtak; they go to the lowest permitted performer the unit staffs (docs/torn.md).
/// </summary>
public static class TodayAllocation
{
    /// <param name="FromPool">Task minutes found in the vedtak load (the curve already holds them).</param>
    /// <param name="BeyondVedtak">Task minutes the vedtak load has no room for (added to the curve before and after).</param>
    public sealed record Result(TaskAllocation FromPool, TaskAllocation BeyondVedtak)
    {
        public TaskAllocation Before => FromPool.Plus(BeyondVedtak);
    }

    public static Result Build(IReadOnlyList<CareTask> catalogue, IReadOnlyList<TaskSegment> segments, double directTimeShare, CompetenceCapacity capacity)
    {
        var fromPool = new TaskAllocation(segments.Count, catalogue.Count);
        var beyond = new TaskAllocation(segments.Count, catalogue.Count);
        var order = Enumerable.Range(0, catalogue.Count).OrderBy(t => TaskPermissions.Permitted(catalogue[t]).Count).ThenBy(t => t).ToList();
        foreach (var segment in segments)
        {
            var remaining = segment.PoolMinutes.ToArray();
            foreach (var t in order)
            {
                var task = catalogue[t];
                var uplift = task.Uplift(directTimeShare);
                double need = segment.TaskMinutes[t];
                foreach (var performer in TaskPermissions.Permitted(task).Where(capacity.Staffs))
                {
                    var competence = (int)performer.Competence();
                    var take = Math.Min(need, remaining[competence] / uplift);
                    if (take <= 1e-9)
                        continue;
                    fromPool.Add(segment.Index, t, performer, take);
                    remaining[competence] -= take * uplift;
                    need -= take;
                }
                if (need > 1e-9)
                    beyond.Add(segment.Index, t, BeyondVedtakPerformer(task, capacity), need);
            }
        }
        return new Result(fromPool, beyond);
    }

    /// <summary>The lowest permitted performer the unit staffs; without any, the lowest permitted one.</summary>
    public static Performer BeyondVedtakPerformer(CareTask task, CompetenceCapacity capacity)
    {
        var permitted = TaskPermissions.Permitted(task);
        return permitted.LastOrDefault(capacity.Staffs, permitted.Last(performer => performer != Performer.DelegertHelsefagarbeider || permitted.Count == 1));
    }
}
