using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Torn;
using Velferd.Turnus.Domain.Torn.Districts;

namespace Velferd.Turnus.Solver.Torn.Districts;

/// <summary>
/// A unit of the district after its own split: the nurse minutes (sykepleier and vernepleier) of tasks a visiting
/// fagteam may do, which the fagteam can take over, and the base staffing it replaces while on duty.
/// </summary>
public sealed class DistrictUnitAlone
{
    private readonly int[] segmentOfSlot;

    public DistrictUnitAlone(DistrictUnit unit, TaskSplitResult alone, Competence fagteam)
    {
        Unit = unit;
        Input = alone.Input;
        Alone = alone.Split ?? throw new InvalidOperationException($"{unit.Unit.Id} has no split to share a fagteam with.");
        AloneCurve = alone.AfterCurve!;
        segmentOfSlot = Enumerable.Repeat(-1, SlotGrid.SlotsPerWeek).ToArray();
        foreach (var segment in Input.Segments)
            foreach (var slot in segment.Slots)
                segmentOfSlot[slot % SlotGrid.SlotsPerWeek] = segment.Index;
        var fagteamTasks = Enumerable.Range(0, Input.Catalogue.Count).Where(task => TaskPermissions.FagteamMay(Input.Catalogue[task], fagteam)).ToList();
        FagteamMinutes = Input.Segments
            .SelectMany(segment => fagteamTasks.Where(task => NurseMinutes(segment.Index, task) > 0).SelectMany(task => segment.Slots.Select(slot => (slot, task, segment.Index))))
            .ToList();
    }

    public DistrictUnit Unit { get; }
    public string Id => Unit.Unit.Id;
    public TaskSplitInput Input { get; }
    public TaskAllocation Alone { get; }
    public StaffingCurve AloneCurve { get; }

    /// <summary>(slot, task, segment) where the fagteam could take nurse minutes of the task.</summary>
    public IReadOnlyList<(int Slot, int Task, int Segment)> FagteamMinutes { get; }

    /// <summary>Minutes of the task the unit's split gave to sykepleiere and vernepleiere in the segment.</summary>
    public int NurseMinutes(int segment, int task) =>
        (int)Math.Round(Alone.Minutes(segment, task, Performer.Sykepleier) + Alone.Minutes(segment, task, Performer.Vernepleier));

    public int NurseMinutesInSegmentOf(int slot, int task) => segmentOfSlot[slot] is var segment and >= 0 ? NurseMinutes(segment, task) : 0;

    /// <summary>Staff-hours of wage the replaced base staffing costs in a slot.</summary>
    public double ReplacedWagePerSlot(int slot) => Unit.ReplacedRules
        .Where(rule => rule.Weekdays.SelectMany(day => SlotGrid.SlotsOf(day, rule.Window)).Contains(slot))
        .Sum(rule => rule.Count * SlotGrid.SlotHours * TornCost.HourlyWage(Input.Unit, rule.Competence));
}
