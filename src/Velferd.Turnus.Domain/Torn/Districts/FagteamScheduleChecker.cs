using Velferd.Turnus.Domain.Rules;
using Velferd.Turnus.Domain.Time;

namespace Velferd.Turnus.Domain.Torn.Districts;

/// <summary>
/// Judges a fagteam schedule, wherever it came from: nobody is at two units at once or at a unit while off duty,
/// every change of unit leaves at least the travel time between them (also from and back to the base), every duty
/// period is one of the team's shifts, the team stays within its size, and the work done at a unit fits the time
/// the team is there and is work the fagteam may do. Shares no code with the district model.
/// </summary>
public static class FagteamScheduleChecker
{
    public static IReadOnlyList<string> Check(District district, FagteamSchedule schedule, IReadOnlyList<FagteamTaskWork> work,
        IReadOnlyDictionary<string, TaskSplitInput> units)
    {
        var breaches = new List<string>();
        for (var member = 0; member < schedule.Members; member++)
        {
            Places(schedule, member, breaches);
            Travel(district, schedule, member, breaches);
            Shifts(district, schedule, member, breaches);
        }
        Size(district, schedule, breaches);
        Work(district, schedule, work, units, breaches);
        return breaches;
    }

    private static void Places(FagteamSchedule schedule, int member, List<string> breaches)
    {
        for (var slot = 0; slot < SlotGrid.SlotsPerWeek; slot++)
        {
            var units = schedule.UnitsAt(member, slot);
            if (units.Count > 1)
                breaches.Add($"medlem {member + 1} er i {string.Join(" og ", units)} samtidig {When(slot)}");
            if (units.Count > 0 && !schedule.OnDuty(member, slot))
                breaches.Add($"medlem {member + 1} er i {units[0]} uten å være på vakt {When(slot)}");
        }
    }

    private static void Travel(District district, FagteamSchedule schedule, int member, List<string> breaches)
    {
        var stays = schedule.Stays(member);
        for (var i = 0; i < stays.Count; i++)
        {
            var from = stays[i];
            var to = stays[(i + 1) % stays.Count];
            if (from.UnitId == to.UnitId || stays.Count < 2)
                continue;
            var gap = Gap(from.EndSlot, to.FirstSlot) * SlotGrid.SlotMinutes;
            var needed = district.Travel.Minutes(from.UnitId, to.UnitId);
            if (gap < needed)
                breaches.Add($"medlem {member + 1} reiser fra {from.UnitId} til {to.UnitId} på {gap} min {When(to.FirstSlot)}, reisetiden er {needed} min");
        }
        if (district.Fagteam.BaseUnitId is not { } baseUnit)
            return;
        foreach (var (first, count) in schedule.DutyPeriods(member))
        {
            var inPeriod = stays.Where(stay => Gap(first, stay.FirstSlot) < count).OrderBy(stay => Gap(first, stay.FirstSlot)).ToList();
            if (inPeriod.Count == 0)
                continue;
            var arrival = Gap(first, inPeriod[0].FirstSlot) * SlotGrid.SlotMinutes;
            if (arrival < district.Travel.Minutes(baseUnit, inPeriod[0].UnitId))
                breaches.Add($"medlem {member + 1} er i {inPeriod[0].UnitId} {arrival} min etter vaktstart i {baseUnit} {When(first)}");
            var last = inPeriod[^1];
            var left = (count - Gap(first, last.FirstSlot) - last.SlotCount) * SlotGrid.SlotMinutes;
            if (left < district.Travel.Minutes(last.UnitId, baseUnit))
                breaches.Add($"medlem {member + 1} forlater {last.UnitId} {left} min før vaktslutt i {baseUnit} {When(first)}");
        }
    }

    private static void Shifts(District district, FagteamSchedule schedule, int member, List<string> breaches)
    {
        foreach (var (first, count) in schedule.DutyPeriods(member))
        {
            var day = SlotGrid.DayOf(first);
            var matches = district.Fagteam.Shifts.Any(shift => shift.Weekdays.Contains(day) &&
                shift.Shift.Start.Minutes == SlotGrid.SlotOfDay(first) * SlotGrid.SlotMinutes &&
                (shift.Shift.DurationMinutes + SlotGrid.SlotMinutes - 1) / SlotGrid.SlotMinutes == count);
            if (!matches)
                breaches.Add($"medlem {member + 1} er på vakt {When(first)} i {count * SlotGrid.SlotMinutes} min, som ikke er en av fagteamets vakter");
        }
    }

    private static void Size(District district, FagteamSchedule schedule, List<string> breaches)
    {
        var fagteam = district.Fagteam;
        for (var slot = 0; slot < SlotGrid.SlotsPerWeek; slot++)
            if (schedule.OnDutyCount(slot) > fagteam.MaxOnDuty)
                breaches.Add($"{schedule.OnDutyCount(slot)} på vakt {When(slot)}, fagteamet har høyst {fagteam.MaxOnDuty} ute samtidig");
        var hours = schedule.OnDutyHours;
        var paidLimit = fagteam.Positions * RuleSet.Default.FullTimeHoursPerWeek;
        if (hours > paidLimit + 1e-6)
            breaches.Add($"fagteamet er på vakt {hours:0.#} t per uke, mer enn {fagteam.Positions} stillinger gir ({paidLimit:0.#} t)");
        foreach (var day in new[] { Weekday.Saturday, Weekday.Sunday })
        {
            var starting = Enumerable.Range(0, schedule.Members).Sum(member =>
                schedule.DutyPeriods(member).Count(period => SlotGrid.DayOf(period.First) == day));
            if (starting > fagteam.MaxOnDutyPerWeekendDay)
                breaches.Add($"{starting} vakter {day.NorwegianName()}, fagteamet kan ha høyst {fagteam.MaxOnDutyPerWeekendDay} per helgedag");
        }
    }

    private static void Work(District district, FagteamSchedule schedule, IReadOnlyList<FagteamTaskWork> work,
        IReadOnlyDictionary<string, TaskSplitInput> units, List<string> breaches)
    {
        foreach (var slotWork in work.GroupBy(item => (item.UnitId, item.WeekSlot)))
        {
            var input = units[slotWork.Key.UnitId];
            foreach (var item in slotWork)
            {
                if (item.Minutes < 0)
                    breaches.Add($"{item.TaskId} i {item.UnitId} {When(item.WeekSlot)}: negative minutter");
                if (!TaskPermissions.FagteamMay(input.Catalogue[item.Task], district.Fagteam.Competence))
                    breaches.Add($"{item.TaskId} i {item.UnitId} {When(item.WeekSlot)}: fagteamet kan ikke gjøre oppgaven");
            }
            var staffMinutes = slotWork.Sum(item => item.Minutes * input.Uplift(item.Task));
            var present = schedule.PresentAt(slotWork.Key.UnitId, slotWork.Key.WeekSlot) * SlotGrid.SlotMinutes;
            if (staffMinutes > present + 1e-6)
                breaches.Add($"fagteamet gjør {staffMinutes:0.#} min arbeid i {slotWork.Key.UnitId} {When(slotWork.Key.WeekSlot)}, men er der {present} min");
        }
    }

    /// <summary>Slots from one week slot forward to another, wrapping over Sunday midnight.</summary>
    private static int Gap(int from, int to) => ((to - from) % SlotGrid.SlotsPerWeek + SlotGrid.SlotsPerWeek) % SlotGrid.SlotsPerWeek;

    private static string When(int slot)
    {
        var wrapped = ((slot % SlotGrid.SlotsPerWeek) + SlotGrid.SlotsPerWeek) % SlotGrid.SlotsPerWeek;
        return $"{SlotGrid.DayOf(wrapped).NorwegianName()} {SlotGrid.StartOf(wrapped)}";
    }
}
