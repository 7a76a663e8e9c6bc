using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Torn.Districts;

namespace Velferd.Turnus.Cli.Output;

/// <summary>The fagteam's week as rows a person reads: day, member, shift and the visits in it.</summary>
internal sealed record FagteamDay(Weekday Day, int Member, string Shift, IReadOnlyList<string> Visits)
{
    public static IReadOnlyList<FagteamDay> Of(District district, FagteamSchedule schedule)
    {
        var rows = new List<FagteamDay>();
        for (var member = 0; member < schedule.Members; member++)
        {
            var stays = schedule.Stays(member);
            foreach (var (first, count) in schedule.DutyPeriods(member))
            {
                var day = SlotGrid.DayOf(first);
                var start = SlotGrid.StartOf(first);
                var shift = district.Fagteam.Shifts.FirstOrDefault(item => item.Weekdays.Contains(day) && item.Shift.Start == start);
                var name = shift is null ? Period(first, count) : $"{shift.Shift.Code} {shift.Shift.Window}";
                var visits = Merged(stays.Where(stay => Inside(first, count, stay.FirstSlot))
                        .OrderBy(stay => (stay.FirstSlot - first + SlotGrid.SlotsPerWeek) % SlotGrid.SlotsPerWeek).ToList())
                    .Select(stay => $"{stay.UnitId} {Period(stay.FirstSlot, stay.SlotCount)}").ToList();
                rows.Add(new FagteamDay(day, member + 1, name, visits));
            }
        }
        return rows.OrderBy(row => row.Day).ThenBy(row => row.Member).ToList();
    }

    /// <summary>Stays at the same unit one after the other are one visit: the member never left.</summary>
    private static List<FagteamStay> Merged(List<FagteamStay> stays)
    {
        var merged = new List<FagteamStay>();
        foreach (var stay in stays)
        {
            if (merged.Count > 0 && merged[^1].UnitId == stay.UnitId)
                merged[^1] = merged[^1] with { SlotCount = (stay.EndSlot - merged[^1].FirstSlot + SlotGrid.SlotsPerWeek) % SlotGrid.SlotsPerWeek };
            else
                merged.Add(stay);
        }
        return merged;
    }

    private static bool Inside(int first, int count, int slot) => (slot - first + SlotGrid.SlotsPerWeek) % SlotGrid.SlotsPerWeek < count;

    private static string Period(int first, int count) =>
        $"{SlotGrid.StartOf(first)}–{SlotGrid.StartOf((first + count) % SlotGrid.SlotsPerWeek)}";
}
