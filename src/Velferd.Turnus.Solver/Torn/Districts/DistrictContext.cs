using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Torn;
using Velferd.Turnus.Domain.Torn.Districts;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Torn.Districts;

/// <summary>
/// What every rule of the district model needs: the district, each unit's split alone, and the decisions — which
/// shift each fagteam member works on each day, where each member is in each slot (only where a unit has work the
/// fagteam may take: elsewhere a member on duty is available, between visits or travelling), and how many task
/// minutes the fagteam does at each unit in each slot.
/// </summary>
public sealed class DistrictContext
{
    private readonly Dictionary<(int Member, int Shift), BoolVar> works = [];
    private readonly Dictionary<(int Member, int Slot, int Unit), BoolVar> at = [];
    private readonly Dictionary<(int Unit, int Slot, int Task), IntVar> work = [];

    public DistrictContext(District district, IReadOnlyList<DistrictUnitAlone> units, TornOptions options)
    {
        District = district;
        Units = units;
        Options = options;
        Shifts = FagteamShiftSlots.All(district.Fagteam);
        Coverable = Enumerable.Range(0, SlotGrid.SlotsPerWeek).Where(slot => Shifts.Any(shift => shift.Slots.Contains(slot))).ToHashSet();
        for (var member = 0; member < Members; member++)
        {
            foreach (var shift in Shifts)
                works[(member, shift.Index)] = Model.NewBoolVar($"vakt_{member}_{shift.Day.Code()}_{shift.Shift.Shift.Code}");
            for (var unit = 0; unit < units.Count; unit++)
                foreach (var slot in units[unit].FagteamMinutes.Select(item => item.Slot).Where(Coverable.Contains).Distinct())
                    at[(member, slot, unit)] = Model.NewBoolVar($"i_{member}_{slot}_{units[unit].Id}");
        }
        for (var unit = 0; unit < units.Count; unit++)
            foreach (var (slot, task, _) in units[unit].FagteamMinutes.Where(item => Coverable.Contains(item.Slot)))
                work[(unit, slot, task)] = Model.NewIntVar(0, units[unit].NurseMinutesInSegmentOf(slot, task), $"f_{units[unit].Id}_{slot}_{task}");
    }

    public CpModel Model { get; } = new();
    public ObjectiveBuilder Objective { get; } = new();
    public District District { get; }
    public IReadOnlyList<DistrictUnitAlone> Units { get; }
    public TornOptions Options { get; }
    public IReadOnlyList<FagteamShiftSlots> Shifts { get; }

    /// <summary>Slots some fagteam shift covers: the only slots a member can be anywhere.</summary>
    public ISet<int> Coverable { get; }

    /// <summary>Members modelled: the most that are out at once.</summary>
    public int Members => District.Fagteam.MaxOnDuty;

    public BoolVar Works(int member, int shift) => works[(member, shift)];

    /// <summary>Member at unit in slot; null where the unit has no work for the fagteam or no fagteam shift covers the slot.</summary>
    public BoolVar? At(int member, int slot, int unit) => at.GetValueOrDefault((member, Wrap(slot), unit));

    /// <summary>Fagteam minutes of a task at a unit in a slot; null when there is none to take.</summary>
    public IntVar? Work(int unit, int slot, int task) => work.GetValueOrDefault((unit, slot, task));

    public IEnumerable<(int Unit, int Slot, int Task, IntVar Minutes)> AllWork() =>
        work.Select(pair => (pair.Key.Unit, pair.Key.Slot, pair.Key.Task, pair.Value));

    /// <summary>Whether the member is on duty in the slot: the shifts covering it (at most one is worked).</summary>
    public LinearExpr OnDuty(int member, int slot) =>
        LinearExpr.Sum(Shifts.Where(shift => shift.Slots.Contains(Wrap(slot))).Select(shift => Works(member, shift.Index)));

    public static int Wrap(int slot) => ((slot % SlotGrid.SlotsPerWeek) + SlotGrid.SlotsPerWeek) % SlotGrid.SlotsPerWeek;

    public static int TravelSlots(int minutes) => (minutes + SlotGrid.SlotMinutes - 1) / SlotGrid.SlotMinutes;

    public static long Ore(double kroner) => (long)Math.Round(kroner * 100);
}
