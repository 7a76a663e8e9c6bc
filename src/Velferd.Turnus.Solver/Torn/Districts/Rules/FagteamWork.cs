using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Time;

namespace Velferd.Turnus.Solver.Torn.Districts.Rules;

/// <summary>
/// Twin of the checker's work check: the fagteam does task work at a unit only while members are there — the
/// work's staff time (minutes × the unit's uplift) fits the members' minutes in the slot — and takes at most the
/// nurse minutes the unit's own split has in each segment, so every minute is done once.
/// </summary>
internal static class FagteamWork
{
    public static void Add(DistrictContext context)
    {
        foreach (var byPlace in context.AllWork().GroupBy(item => (item.Unit, item.Slot)))
        {
            var (unit, slot) = byPlace.Key;
            var staff = byPlace.Select(item => item.Minutes * (long)Math.Round(context.Units[unit].Input.Uplift(item.Task) * 100));
            var present = Enumerable.Range(0, context.Members).Select(member => context.At(member, slot, unit)).OfType<BoolVar>();
            context.Model.Add(LinearExpr.Sum(staff) <= LinearExpr.Sum(present) * (SlotGrid.SlotMinutes * 100));
        }
        for (var unit = 0; unit < context.Units.Count; unit++)
        {
            var alone = context.Units[unit];
            foreach (var bySegment in alone.FagteamMinutes.GroupBy(item => (item.Segment, item.Task)))
            {
                var taken = bySegment.Select(item => context.Work(unit, item.Slot, item.Task)).OfType<IntVar>().ToList();
                if (taken.Count > 0)
                    context.Model.Add(LinearExpr.Sum(taken) <= alone.NurseMinutes(bySegment.Key.Segment, bySegment.Key.Task));
            }
        }
    }
}
