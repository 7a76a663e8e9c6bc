using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Units;
using static Velferd.Turnus.Domain.Tests.Demand.DemandUnits;

namespace Velferd.Turnus.Domain.Tests.Units;

public sealed class VedtakTests
{
    [Fact]
    public void Capacity_is_days_times_window_hours_times_ratio()
    {
        var vedtak = Vedtak(70, Window("15:00", "22:00"), ratio: 2, days: [Weekday.Monday, Weekday.Tuesday, Weekday.Wednesday, Weekday.Thursday, Weekday.Friday]);

        Assert.Equal(5 * 7 * 2, vedtak.WindowCapacityHoursPerWeek);
        Assert.True(vedtak.IsContinuousPresence);   // 70 h fill the 2:1 windows completely
        Assert.False(vedtak.IsVisitBased);
        Assert.Equal(70, vedtak.StaffHoursPerWeek);
    }

    [Fact]
    public void Fewer_hours_than_the_windows_hold_are_not_continuous_presence()
    {
        Assert.False(Vedtak(14, Window("15:00", "22:00")).IsContinuousPresence);
    }

    [Fact]
    public void Visit_hours_are_minutes_times_days_times_ratio()
    {
        var vedtak = Visits(Domain.Competences.Competence.Helsefagarbeider, 2,
            new Visit([Weekday.Monday, Weekday.Thursday], Window("08:00", "10:00"), 45),
            new Visit(WeekdayNames.All, Window("20:00", "22:00"), 30));

        Assert.True(vedtak.IsVisitBased);
        Assert.False(vedtak.IsContinuousPresence);
        Assert.Equal((2 * 45 + 7 * 30) * 2 / 60.0, vedtak.StaffHoursPerWeek, 9);
    }
}
