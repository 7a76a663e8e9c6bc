namespace Velferd.Turnus.Solver.Torn.Districts.Rules;

/// <summary>
/// Twin of the checker's travel check: after a slot at one unit, a member can be at another unit only when the
/// travel time between them has passed (whole slots: 10 minutes' travel leaves one slot empty). With a base, the
/// first visit of a shift is at least the travel time from the base after the shift starts, and the last visit
/// leaves the travel time back before it ends.
/// </summary>
internal static class TravelTime
{
    public static void Add(DistrictContext context)
    {
        var units = context.Units;
        for (var member = 0; member < context.Members; member++)
            foreach (var slot in context.Coverable)
                for (var from = 0; from < units.Count; from++)
                    for (var to = 0; to < units.Count; to++)
                    {
                        if (from == to)
                            continue;
                        if (context.At(member, slot, from) is not { } here)
                            continue;
                        var gap = DistrictContext.TravelSlots(context.District.Travel.Minutes(units[from].Id, units[to].Id));
                        for (var step = 1; step <= gap; step++)
                            if (context.At(member, slot + step, to) is { } later)
                                context.Model.AddBoolOr([here.Not(), later.Not()]);
                    }
        FromAndToBase(context);
    }

    private static void FromAndToBase(DistrictContext context)
    {
        if (context.District.Fagteam.BaseUnitId is not { } baseUnit)
            return;
        for (var member = 0; member < context.Members; member++)
            foreach (var shift in context.Shifts)
                for (var unit = 0; unit < context.Units.Count; unit++)
                {
                    var away = DistrictContext.TravelSlots(context.District.Travel.Minutes(baseUnit, context.Units[unit].Id));
                    var early = shift.Slots.Take(away);
                    var late = shift.Slots.Skip(Math.Max(0, shift.Slots.Count - away));
                    foreach (var slot in early.Concat(late).Distinct())
                        if (context.At(member, slot, unit) is { } there)
                            context.Model.AddBoolOr([context.Works(member, shift.Index).Not(), there.Not()]);
                }
    }
}
