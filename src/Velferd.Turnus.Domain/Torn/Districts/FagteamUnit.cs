using Velferd.Turnus.Domain.Costs;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Rules;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Domain.Torn.Districts;

/// <summary>
/// The fagteam as a unit of its own, so its turnus is planned like any other: its shifts, its positions as open
/// positions the planner sizes, and its demand curve as base staffing (members on duty per weekday and time).
/// </summary>
public static class FagteamUnit
{
    public static Unit Build(Fagteam fagteam, StaffingCurve curve)
    {
        var nightShifts = fagteam.Shifts.Any(shift => shift.Shift.IsNightCategory);
        var vacancies = Enumerable.Range(1, fagteam.Positions)
            .Select(i => new Vacancy($"{fagteam.Id}-{i}", fagteam.Competence, 0, 100, fagteam.Helgefrekvens, nightShifts ? NightWork.Yes : NightWork.No, false))
            .ToList();
        return new Unit(fagteam.Id, fagteam.Name, UnitKind.Hjemmetjenestesone, 1, fagteam.Shifts.Select(shift => shift.Shift).ToList(),
            [], BaseStaffing(fagteam, curve), [], vacancies, RuleSet.Default, CostProfiles.Default);
    }

    /// <summary>One rule per weekday and run of slots with the same number on duty.</summary>
    public static IReadOnlyList<BaseStaffingRule> BaseStaffing(Fagteam fagteam, StaffingCurve curve)
    {
        var rules = new List<BaseStaffingRule>();
        foreach (var day in WeekdayNames.All)
        {
            var first = 0;
            for (var slot = 1; slot <= SlotGrid.SlotsPerDay; slot++)
            {
                var count = curve.Required(SlotGrid.WeekSlot(day, first), fagteam.Competence);
                if (slot < SlotGrid.SlotsPerDay && curve.Required(SlotGrid.WeekSlot(day, slot), fagteam.Competence) == count)
                    continue;
                if (count > 0)
                {
                    var window = new TimeWindow(new ClockTime(first * SlotGrid.SlotMinutes), new ClockTime(slot * SlotGrid.SlotMinutes));
                    rules.Add(new BaseStaffingRule($"{day.Code()}-{window.From.Minutes / 60:00}{window.From.Minutes % 60:00}",
                        $"Fagteam på vakt {day.NorwegianName()} {window}", [day], window, fagteam.Competence, count, NightCover.Awake));
                }
                first = slot;
            }
        }
        return rules;
    }
}
