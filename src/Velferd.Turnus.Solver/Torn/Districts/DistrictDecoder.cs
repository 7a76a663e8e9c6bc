using Velferd.Turnus.Domain.Torn.Districts;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Torn.Districts;

/// <summary>Reads a district solution: the fagteam's schedule and work, each unit's reduced curve and the fagteam's curve.</summary>
internal static class DistrictDecoder
{
    public static DistrictSplit Decode(DistrictContext context, IReadOnlyList<long> values)
    {
        var schedule = new FagteamSchedule(context.Members);
        for (var member = 0; member < context.Members; member++)
        {
            foreach (var shift in context.Shifts.Where(shift => values.BooleanValue(context.Works(member, shift.Index))))
                foreach (var slot in shift.Slots)
                    schedule.SetOnDuty(member, slot);
            foreach (var slot in context.Coverable)
                for (var unit = 0; unit < context.Units.Count; unit++)
                    if (context.At(member, slot, unit) is { } here && values.BooleanValue(here))
                        schedule.Place(member, slot, context.Units[unit].Id);
        }
        var work = context.AllWork()
            .Select(item => (item, minutes: (int)values.Value(item.Minutes)))
            .Where(pair => pair.minutes > 0)
            .Select(pair => new FagteamTaskWork(context.Units[pair.item.Unit].Id, pair.item.Slot, pair.item.Task,
                context.Units[pair.item.Unit].Input.Catalogue[pair.item.Task].Id, pair.minutes))
            .OrderBy(item => item.UnitId, StringComparer.Ordinal).ThenBy(item => item.WeekSlot).ToList();
        var fagteam = context.District.Fagteam;
        var units = context.Units.Select(unit =>
        {
            var taken = SharedCurve.TakenByFagteam(unit.Input, unit.Alone, work.Where(item => item.UnitId == unit.Id), fagteam.Competence);
            return new DistrictUnitSplit(unit.Unit, unit.Input, unit.Alone, taken, unit.AloneCurve,
                SharedCurve.Build(unit.Unit, unit.Input, unit.Alone, taken, schedule));
        }).ToList();
        return new DistrictSplit(context.District, units, schedule, work, SharedCurve.Fagteam(fagteam, schedule));
    }
}
