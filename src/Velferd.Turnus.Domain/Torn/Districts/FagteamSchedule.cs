using Velferd.Turnus.Domain.Time;

namespace Velferd.Turnus.Domain.Torn.Districts;

/// <summary>
/// Where each fagteam member is in each slot of the week: on duty or not, and at which unit (none while
/// travelling or between visits). Built by the district solve, judged by <see cref="FagteamScheduleChecker"/>.
/// </summary>
public sealed class FagteamSchedule
{
    private readonly bool[,] onDuty;
    private readonly List<string>[,] at;

    public FagteamSchedule(int members)
    {
        onDuty = new bool[members, SlotGrid.SlotsPerWeek];
        at = new List<string>[members, SlotGrid.SlotsPerWeek];
        for (var member = 0; member < members; member++)
            for (var slot = 0; slot < SlotGrid.SlotsPerWeek; slot++)
                at[member, slot] = [];
    }

    public int Members => onDuty.GetLength(0);

    public void SetOnDuty(int member, int slot) => onDuty[member, slot] = true;

    public void Place(int member, int slot, string unitId) => at[member, slot].Add(unitId);

    public bool OnDuty(int member, int slot) => onDuty[member, Wrap(slot)];

    /// <summary>The units the member is at in the slot: none or one in a valid schedule.</summary>
    public IReadOnlyList<string> UnitsAt(int member, int slot) => at[member, Wrap(slot)];

    public int OnDutyCount(int slot) => Enumerable.Range(0, Members).Count(member => OnDuty(member, slot));

    public int PresentAt(string unitId, int slot) => Enumerable.Range(0, Members).Count(member => UnitsAt(member, slot).Contains(unitId));

    /// <summary>Staff hours per week the team is on duty (visits, travel and time between).</summary>
    public double OnDutyHours => Enumerable.Range(0, SlotGrid.SlotsPerWeek).Sum(OnDutyCount) * SlotGrid.SlotHours;

    public double HoursAt(string unitId) => Enumerable.Range(0, SlotGrid.SlotsPerWeek).Sum(slot => PresentAt(unitId, slot)) * SlotGrid.SlotHours;

    /// <summary>Maximal runs of slots a member spends at one unit, in week order (a run over Sunday midnight starts on Sunday).</summary>
    public IReadOnlyList<FagteamStay> Stays(int member) => Runs(member, slot => UnitsAt(member, slot).Count == 1 ? UnitsAt(member, slot)[0] : null)
        .Select(run => new FagteamStay(member, run.Key, run.First, run.Count)).ToList();

    /// <summary>Maximal runs of on-duty slots of a member (one per shift worked).</summary>
    public IReadOnlyList<(int First, int Count)> DutyPeriods(int member) =>
        Runs(member, slot => OnDuty(member, slot) ? "" : null).Select(run => (run.First, run.Count)).ToList();

    private IEnumerable<(string Key, int First, int Count)> Runs(int member, Func<int, string?> keyOf)
    {
        var start = Enumerable.Range(0, SlotGrid.SlotsPerWeek).FirstOrDefault(slot => keyOf(slot) is null && keyOf(slot + 1) is not null, -1);
        if (start < 0)
            yield break;
        var runs = new List<(string Key, int First, int Count)>();
        string? current = null;
        var first = 0;
        for (var i = 1; i <= SlotGrid.SlotsPerWeek; i++)
        {
            var slot = start + i;
            var key = keyOf(slot);
            if (key == current)
                continue;
            if (current is not null)
                runs.Add((current, Wrap(first), slot - first));
            current = key;
            first = slot;
        }
        foreach (var run in runs.OrderBy(run => run.First))
            yield return run;
    }

    private static int Wrap(int slot) => ((slot % SlotGrid.SlotsPerWeek) + SlotGrid.SlotsPerWeek) % SlotGrid.SlotsPerWeek;
}

/// <summary>A member's uninterrupted time at one unit.</summary>
public sealed record FagteamStay(int Member, string UnitId, int FirstSlot, int SlotCount)
{
    public int EndSlot => FirstSlot + SlotCount;
}

/// <summary>Direct minutes of one task the fagteam does at a unit in one slot (task index in that unit's catalogue).</summary>
public sealed record FagteamTaskWork(string UnitId, int WeekSlot, int Task, string TaskId, int Minutes);
