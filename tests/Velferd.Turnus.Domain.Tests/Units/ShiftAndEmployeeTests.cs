using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Domain.Tests.Units;

public sealed class ShiftAndEmployeeTests
{
    private static ShiftDefinition Shift(string start, string end, int unpaidBreak, ShiftCategory category) =>
        new("X", "Test", ClockTime.Parse(start), ClockTime.Parse(end), unpaidBreak, category);

    [Fact]
    public void Paid_time_is_time_on_site_less_the_unpaid_break()
    {
        var longShift = Shift("08:00", "20:30", 30, ShiftCategory.Long);

        Assert.Equal(750, longShift.DurationMinutes);
        Assert.Equal(720, longShift.PaidMinutes);
        Assert.Equal(12.0, longShift.PaidHours);
        Assert.False(longShift.CrossesMidnight);
        Assert.False(longShift.IsNightCategory);
    }

    [Fact]
    public void Night_shifts_run_over_midnight()
    {
        var night = Shift("22:15", "07:15", 0, ShiftCategory.Night);

        Assert.True(night.CrossesMidnight);
        Assert.Equal(9.0, night.PaidHours);
        Assert.True(night.IsNightCategory);
        Assert.True(Shift("22:00", "07:00", 0, ShiftCategory.SleepingNight).IsNightCategory);
    }

    private static Employee Employee(double position, double? desired) =>
        new("a1", "Test", Competence.Helsefagarbeider, position, desired, 3, NightWork.Yes, false, false, [], []);

    [Theory]
    [InlineData(80, 100.0, true)]
    [InlineData(80, 80.0, false)]
    [InlineData(80, null, false)]
    public void Wants_a_larger_position_when_the_wish_exceeds_the_contract(double position, double? desired, bool wantsMore)
    {
        Assert.Equal(wantsMore, Employee(position, desired).WantsLargerPosition);
    }

    [Fact]
    public void A_vacancy_becomes_an_employee_of_the_chosen_size()
    {
        var vacancy = new Vacancy("ledig", Competence.Sykepleier, 0, 100, 2, NightWork.No, true);

        var employee = vacancy.AsEmployee(75);

        Assert.Equal(("ledig", Competence.Sykepleier, 75.0, 2, NightWork.No, true),
            (employee.Id, employee.Competence, employee.Stillingsprosent, employee.Helgefrekvens, employee.Night, employee.AcceptsLongShifts));
        Assert.Equal(100, employee.DesiredStillingsprosent);
    }

    [Fact]
    public void Unavailability_applies_on_its_weekday_every_week_or_in_its_week()
    {
        var everyWednesday = new Unavailability(Weekday.Wednesday, null, null);
        var secondWeekTuesday = new Unavailability(Weekday.Tuesday, 2, "Kurs");

        Assert.True(everyWednesday.Applies(4, Weekday.Wednesday));
        Assert.False(everyWednesday.Applies(4, Weekday.Thursday));
        Assert.True(secondWeekTuesday.Applies(1, Weekday.Tuesday));   // rotation week index 1 is week 2
        Assert.False(secondWeekTuesday.Applies(0, Weekday.Tuesday));
    }

    [Fact]
    public void Wishes_apply_to_their_day_and_are_met_by_the_right_shift()
    {
        var avoidFridayEvening = new ShiftWish(WishKind.Avoid, Weekday.Friday, null, "A", 3);
        var dayOff = new ShiftWish(WishKind.Avoid, Weekday.Monday, 1, null, 1);
        var preferLong = new ShiftWish(WishKind.Prefer, null, null, "L", 2);

        Assert.True(avoidFridayEvening.AppliesToDay(3, Weekday.Friday));
        Assert.False(avoidFridayEvening.AppliesToDay(3, Weekday.Thursday));
        Assert.True(avoidFridayEvening.IsMetBy("D"));
        Assert.True(avoidFridayEvening.IsMetBy(null));
        Assert.False(avoidFridayEvening.IsMetBy("A"));
        Assert.True(dayOff.AppliesToDay(0, Weekday.Monday));
        Assert.False(dayOff.AppliesToDay(1, Weekday.Monday));
        Assert.True(dayOff.IsMetBy(null));
        Assert.False(dayOff.IsMetBy("D"));
        Assert.True(preferLong.IsMetBy("L"));
        Assert.False(preferLong.IsMetBy("D"));
        Assert.False(preferLong.IsMetBy(null));
    }

    [Theory]
    [InlineData(UnitKind.Bofellesskap, "bofellesskap", 0.65)]
    [InlineData(UnitKind.Sykehjemsavdeling, "sykehjemsavdeling", 0.65)]
    [InlineData(UnitKind.Hjemmetjenestesone, "hjemmetjenestesone", 0.50)]
    public void Unit_kinds_have_codes_and_direct_time_defaults(UnitKind kind, string code, double share)
    {
        Assert.Equal(code, kind.Code());
        Assert.True(UnitKindDefaults.TryParse(code, out var parsed));
        Assert.Equal(kind, parsed);
        Assert.Equal(share, UnitKindDefaults.DirectTimeShare(kind));
        Assert.False(UnitKindDefaults.TryParse("sykehjem", out _));
    }
}
