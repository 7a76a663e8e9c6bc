using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Units;
using static Velferd.Turnus.Domain.Competences.Competence;
using static Velferd.Turnus.Domain.Tests.Demand.DemandUnits;

namespace Velferd.Turnus.Domain.Tests.Demand;

/// <summary>
/// The staffing curve from first principles: each expected number is worked out in the test from the vedtak,
/// never by running the engine a second way.
/// </summary>
public sealed class DemandEngineTests
{
    private const double Precision = 1e-9;
    private const double HoursTolerance = 0.01;

    [Fact]
    public void Continuous_one_to_one_needs_one_and_desires_one_over_the_share()
    {
        // 1:1 around the clock is 24 h × 7 = 168 vedtak hours: one person present all the time.
        var unit = Unit(0.65, [Vedtak(168, TimeWindow.WholeDay)]);

        var curve = DemandEngine.Build(unit);

        for (var slot = 0; slot < SlotGrid.SlotsPerWeek; slot++)
        {
            Assert.Equal(1, curve.Required(slot, Helsefagarbeider));
            Assert.Equal(1 / 0.65, curve.Desired(slot, Helsefagarbeider), Precision);
            Assert.Equal(0, curve.Required(slot, Assistent));
        }
        Assert.Equal(168 / 0.65, curve.TotalStaffHoursPerWeek, HoursTolerance);
    }

    [Fact]
    public void Two_to_one_needs_two_inside_its_window_and_nobody_outside()
    {
        // 2:1 from 15:00 to 22:00 every day: 7 h × 7 days × 2 staff = 98 vedtak hours.
        var unit = Unit(0.65, [Vedtak(98, Window("15:00", "22:00"), ratio: 2)]);

        var curve = DemandEngine.Build(unit);

        var evening = Slot(Weekday.Wednesday, "18:00");
        Assert.Equal(2, curve.Required(evening, Helsefagarbeider));
        Assert.Equal(2 / 0.65, curve.Desired(evening, Helsefagarbeider), Precision);
        var morning = Slot(Weekday.Wednesday, "14:45");
        Assert.Equal(0, curve.Required(morning, Helsefagarbeider));
        Assert.Equal(0, curve.Desired(morning, Helsefagarbeider));
        Assert.Equal(98 / 0.65, curve.TotalStaffHoursPerWeek, HoursTolerance);
    }

    [Fact]
    public void Hours_less_than_the_window_are_spread_evenly_and_required_stays_zero()
    {
        // 14 h over 15:00–22:00 on 7 days (49 h of window): 14/49 of a person in every quarter hour.
        var unit = Unit(0.65, [Vedtak(14, Window("15:00", "22:00"))]);

        var curve = DemandEngine.Build(unit);

        var slot = Slot(Weekday.Saturday, "21:45");
        Assert.Equal(14.0 / 49 / 0.65, curve.Desired(slot, Helsefagarbeider), Precision);
        Assert.Equal(0, curve.Required(slot, Helsefagarbeider));
        Assert.Equal(14 / 0.65, curve.DesiredStaffHoursPerWeek(Helsefagarbeider), HoursTolerance);
    }

    [Fact]
    public void Weekdays_limit_where_the_hours_go()
    {
        // 10 h on Saturday and Sunday 10:00–20:00: half a person each quarter hour of the weekend, nobody on weekdays.
        var unit = Unit(0.5, [Vedtak(10, Window("10:00", "20:00"), Assistent, days: [Weekday.Saturday, Weekday.Sunday])]);

        var curve = DemandEngine.Build(unit);

        Assert.Equal(0.5 / 0.5, curve.Desired(Slot(Weekday.Sunday, "12:00"), Assistent), Precision);
        Assert.Equal(0, curve.Desired(Slot(Weekday.Friday, "12:00"), Assistent));
    }

    [Fact]
    public void A_night_window_runs_into_the_next_day()
    {
        // 9 h 22:00–07:00 on Sunday only: the morning part lands on Monday.
        var unit = Unit(1, [Vedtak(9, Window("22:00", "07:00"), days: [Weekday.Sunday])]);

        var curve = DemandEngine.Build(unit);

        Assert.Equal(1, curve.Desired(Slot(Weekday.Monday, "03:00"), Helsefagarbeider), Precision);
        Assert.Equal(1, curve.Required(Slot(Weekday.Sunday, "23:00"), Helsefagarbeider));
        Assert.Equal(0, curve.Desired(Slot(Weekday.Tuesday, "03:00"), Helsefagarbeider));
    }

    [Fact]
    public void Sleeping_night_presence_is_the_largest_need_not_the_sum()
    {
        // Two residents, each with a sleeping-night vedtak 22:00–07:00 (9 h × 7 = 63 h): the whole vedtak is met
        // by staff asleep on site, and one sleeping staff serves the house.
        var unit = Unit(0.65, [
            Vedtak(63, Window("22:00", "07:00"), Assistent, night: NightCover.Sleeping),
            Vedtak(63, Window("22:00", "07:00"), Assistent, night: NightCover.Sleeping),
        ]);

        var curve = DemandEngine.Build(unit);

        foreach (var time in new[] { "22:00", "02:00", "06:30" })
        {
            var slot = Slot(Weekday.Tuesday, time);
            Assert.Equal(1, curve.Sleeping(slot, Assistent));
            Assert.Equal(0, curve.Desired(slot, Assistent));
            Assert.Equal(0, curve.Required(slot, Assistent));
        }
        Assert.Equal(0, curve.Sleeping(Slot(Weekday.Tuesday, "07:00"), Assistent));

        var breakdown = curve.Breakdown;
        Assert.Equal(2 * 9 * 7, breakdown.VedtakSleepingHours, HoursTolerance); // both vedtak, all their hours
        Assert.Equal(0, breakdown.VedtakAwakeHours, HoursTolerance);
        Assert.Equal(1 * 9 * 7, breakdown.SleepingHours, HoursTolerance);       // one sleeping staff serves the house
        Assert.Equal(63, curve.TotalStaffHoursPerWeek, HoursTolerance);
    }

    [Fact]
    public void Sleeping_base_staffing_and_sleeping_vedtak_share_one_presence()
    {
        var unit = Unit(0.65,
            [Vedtak(56, Window("22:00", "06:00"), Assistent, night: NightCover.Sleeping)],
            [Base(Window("22:00", "06:00"), Assistent, presence: NightCover.Sleeping)]);

        var curve = DemandEngine.Build(unit);

        Assert.Equal(1, curve.Sleeping(Slot(Weekday.Friday, "23:00"), Assistent));
        Assert.Equal(56, curve.SleepingStaffHoursPerWeek(Assistent), HoursTolerance);
        Assert.Equal(56, curve.TotalStaffHoursPerWeek, HoursTolerance);
    }

    [Fact]
    public void Visits_are_spread_over_their_windows()
    {
        // A 30-minute visit between 08:00 and 10:00 on Monday: 0.5 h over 8 quarter hours = 1/4 person, ÷ 0.5 share.
        var unit = Unit(0.5, [Visits(Helsefagarbeider, 1, new Visit([Weekday.Monday], Window("08:00", "10:00"), 30))]);

        var curve = DemandEngine.Build(unit);

        Assert.Equal(0.25 / 0.5, curve.Desired(Slot(Weekday.Monday, "09:45"), Helsefagarbeider), Precision);
        Assert.Equal(0, curve.Required(Slot(Weekday.Monday, "09:45"), Helsefagarbeider));
        Assert.Equal(0, curve.Desired(Slot(Weekday.Tuesday, "09:00"), Helsefagarbeider));
        Assert.Equal(0.5 / 0.5, curve.TotalStaffHoursPerWeek, HoursTolerance);
    }

    [Fact]
    public void A_two_staff_visit_counts_both()
    {
        // 40 minutes with two staff every day: 40 × 2 × 7 / 60 staff hours.
        var unit = Unit(0.5, [Visits(Helsefagarbeider, 2, new Visit(WeekdayNames.All, Window("07:30", "10:30"), 40))]);

        var curve = DemandEngine.Build(unit);

        Assert.Equal(40.0 * 2 / 180 / 0.5, curve.Desired(Slot(Weekday.Thursday, "08:00"), Helsefagarbeider), Precision);
        Assert.Equal(40.0 * 2 * 7 / 60, curve.Breakdown.VedtakAwakeHours, HoursTolerance);
        Assert.Equal(40.0 * 2 * 7 / 60 / 0.5, curve.TotalStaffHoursPerWeek, HoursTolerance);
    }

    [Fact]
    public void Base_staffing_adds_to_vedtak_demand_and_is_required()
    {
        // A nurse around the clock, plus 3.5 h of medication 08:00–08:30 daily (0.5 h a day: one nurse for that half hour).
        var unit = Unit(0.65, [Vedtak(3.5, Window("08:00", "08:30"), Sykepleier)], [Base(TimeWindow.WholeDay, Sykepleier)]);

        var curve = DemandEngine.Build(unit);

        var round = Slot(Weekday.Monday, "08:15");
        Assert.Equal(1 + 1 / 0.65, curve.Desired(round, Sykepleier), Precision);
        Assert.Equal(2, curve.Required(round, Sykepleier));   // the medication round fills its window: continuous presence
        var night = Slot(Weekday.Monday, "03:00");
        Assert.Equal(1, curve.Desired(night, Sykepleier), Precision);
        Assert.Equal(1, curve.Required(night, Sykepleier));
        Assert.Equal(168 + 3.5 / 0.65, curve.TotalStaffHoursPerWeek, HoursTolerance);
    }

    [Fact]
    public void Weekly_hours_equal_vedtak_over_share_plus_base_plus_sleeping()
    {
        // A mixed unit: awake vedtak 14 + 98 + 10.5 = 122.5 h, sleeping vedtak 22:30–07:00 (8.5 h × 7 = 59.5 h, all of it
        // sleeping presence), awake base 7 × 7 = 49 h, sleeping base 22:30–06:00 inside the vedtak's window.
        var unit = Unit(0.65,
            [
                Vedtak(14, Window("15:00", "22:00")),
                Vedtak(98, Window("15:00", "22:00"), ratio: 2),
                Vedtak(10.5, Window("07:00", "08:30"), Vernepleier),
                Vedtak(59.5, Window("22:30", "07:00"), Assistent, night: NightCover.Sleeping),
            ],
            [
                Base(Window("15:00", "22:00"), Vernepleier),
                Base(Window("22:30", "06:00"), Assistent, presence: NightCover.Sleeping),
            ]);
        const double awakeVedtak = 14 + 98 + 10.5;
        const double sleepingVedtak = 8.5 * 7;
        const double awakeBase = 7 * 7;
        const double sleeping = 8.5 * 7;  // presence is the largest need: the vedtak's window holds the base rule's

        var curve = DemandEngine.Build(unit);

        Assert.Equal(awakeVedtak, curve.Breakdown.VedtakAwakeHours, HoursTolerance);
        Assert.Equal(sleepingVedtak, curve.Breakdown.VedtakSleepingHours, HoursTolerance);
        Assert.Equal(awakeBase, curve.Breakdown.BaseAwakeHours, HoursTolerance);
        Assert.Equal(sleeping, curve.Breakdown.SleepingHours, HoursTolerance);
        Assert.Equal(awakeVedtak / 0.65 + awakeBase + sleeping, curve.TotalStaffHoursPerWeek, HoursTolerance);
        Assert.Equal(curve.Breakdown.ExpectedTotalHours, curve.TotalStaffHoursPerWeek, HoursTolerance);
        Assert.Equal([Vernepleier, Helsefagarbeider, Assistent], curve.CompetencesInUse);
    }

    [Fact]
    public void Hourly_views_average_desired_and_take_the_largest_required()
    {
        // Base 1 from 22:30: the 22:00 hour has two empty and two staffed quarter hours.
        var unit = Unit(0.65, [], [Base(Window("22:30", "07:00"), Helsefagarbeider)]);

        var curve = DemandEngine.Build(unit);

        Assert.Equal(0.5, curve.HourlyDesired(Weekday.Monday, 22, Helsefagarbeider), Precision);
        Assert.Equal(1, curve.HourlyRequired(Weekday.Monday, 22, Helsefagarbeider));
        Assert.Equal(0, curve.HourlySleeping(Weekday.Monday, 22, Helsefagarbeider));
        Assert.Equal(1, curve.DesiredTotal(Slot(Weekday.Monday, "23:00")), Precision);
    }

    [Fact]
    public void An_empty_unit_needs_nobody()
    {
        var curve = DemandEngine.Build(Unit(0.65, []));

        Assert.Equal(0, curve.TotalStaffHoursPerWeek);
        Assert.Empty(curve.CompetencesInUse);
        Assert.Equal(0, StaffingCurve.Empty(0.65).TotalStaffHoursPerWeek);
    }
}
