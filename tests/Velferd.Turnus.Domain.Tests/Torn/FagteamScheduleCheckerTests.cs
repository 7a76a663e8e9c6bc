using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Torn.Districts;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Domain.Tests.Torn;

/// <summary>The fagteam checker on hand-made schedules: it catches two places at once, skipped travel, odd shifts.</summary>
public sealed class FagteamScheduleCheckerTests
{
    private static readonly District District = new("d", "D", [new DistrictUnit(TornUnits.Unit() with { Id = "a" }, []), new DistrictUnit(TornUnits.Unit() with { Id = "b" }, [])],
        new Fagteam("ft", "Fagteam", Competence.Sykepleier, 4, 2, null, 2,
            [new FagteamShift(new ShiftDefinition("F", "F", ClockTime.Parse("08:00"), ClockTime.Parse("16:00"), 0, ShiftCategory.Day), WeekdayNames.All)]),
        new TravelTimes([("a", "b", 20)]));

    private static readonly int Start = SlotGrid.WeekSlot(Weekday.Monday, 32);

    private static FagteamSchedule OnMonday()
    {
        var schedule = new FagteamSchedule(1);
        for (var slot = Start; slot < Start + 32; slot++)
            schedule.SetOnDuty(0, slot);
        return schedule;
    }

    private static IReadOnlyList<string> Check(FagteamSchedule schedule) => FagteamScheduleChecker.Check(District, schedule, [], new Dictionary<string, Domain.Torn.TaskSplitInput>());

    [Fact]
    public void A_schedule_with_travel_between_visits_passes()
    {
        var schedule = OnMonday();
        schedule.Place(0, Start, "a");
        schedule.Place(0, Start + 1, "a");
        schedule.Place(0, Start + 4, "b"); // 30 minutes later: 20 minutes' travel fits

        Assert.Empty(Check(schedule));
    }

    [Fact]
    public void Two_units_at_once_is_a_breach()
    {
        var schedule = OnMonday();
        schedule.Place(0, Start + 3, "a");
        schedule.Place(0, Start + 3, "b");

        Assert.Contains(Check(schedule), breach => breach.Contains("samtidig"));
    }

    [Fact]
    public void Skipping_travel_is_a_breach()
    {
        var schedule = OnMonday();
        schedule.Place(0, Start, "a");
        schedule.Place(0, Start + 2, "b"); // 15 minutes between, travel is 20

        Assert.Contains(Check(schedule), breach => breach.Contains("reisetiden er 20 min"));
    }

    [Fact]
    public void Being_at_a_unit_off_duty_or_working_half_a_shift_are_breaches()
    {
        var schedule = new FagteamSchedule(1);
        schedule.SetOnDuty(0, Start);
        schedule.Place(0, Start + 5, "a");

        var breaches = Check(schedule);

        Assert.Contains(breaches, breach => breach.Contains("uten å være på vakt"));
        Assert.Contains(breaches, breach => breach.Contains("ikke er en av fagteamets vakter"));
    }
}
