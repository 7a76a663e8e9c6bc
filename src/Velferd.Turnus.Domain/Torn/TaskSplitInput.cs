using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Torn.Catalogues;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Domain.Torn;

/// <summary>
/// Everything the TØRN split of one unit works from: the catalogue, the vedtak curve and the part of it tasks may
/// explain, the week cut into segments with whole task minutes, the capacity per competence, and today's allocation.
/// </summary>
public sealed record TaskSplitInput(
    Unit Unit,
    IReadOnlyList<CareTask> Catalogue,
    StaffingCurve VedtakCurve,
    StaffingCurve Pool,
    IReadOnlyList<TaskSegment> Segments,
    CompetenceCapacity Capacity,
    TodayAllocation.Result Today)
{
    public static TaskSplitInput Of(Unit unit) => Of(unit, TaskCatalogues.For(unit));

    public static TaskSplitInput Of(Unit unit, IReadOnlyList<CareTask> catalogue)
    {
        var pool = VedtakPool.Of(unit);
        var segments = TaskSegments.Build(catalogue, unit.Residents.Count);
        var capacity = CompetenceCapacity.Of(unit);
        var today = TodayAllocation.Build(catalogue, segments, pool, unit.DirectTimeShare, capacity);
        return new TaskSplitInput(unit, catalogue, DemandEngine.Build(unit), pool, segments, capacity, today);
    }

    public int Residents => Unit.Residents.Count;

    /// <summary>Staff minutes in the curve per direct minute of the task.</summary>
    public double Uplift(int task) => Catalogue[task].Uplift(Unit.DirectTimeShare);

    /// <summary>The catalogue's weekly minutes of a task, whole: what every allocation of it must add up to.</summary>
    public int WeeklyMinutes(int task) => Segments.Sum(segment => segment.TaskMinutes[task]);
}
