using Velferd.Turnus.Domain.Time;

namespace Velferd.Turnus.Domain.Tests.Time;

public sealed class SlotGridTests
{
    private static TimeWindow Window(string from, string to) => new(ClockTime.Parse(from), ClockTime.Parse(to));

    [Fact]
    public void A_week_has_672_quarter_hours()
    {
        Assert.Equal(15, SlotGrid.SlotMinutes);
        Assert.Equal(96, SlotGrid.SlotsPerDay);
        Assert.Equal(672, SlotGrid.SlotsPerWeek);
        Assert.Equal(0.25, SlotGrid.SlotHours);
    }

    [Fact]
    public void Week_slots_count_from_monday_midnight()
    {
        Assert.Equal(0, SlotGrid.WeekSlot(Weekday.Monday, 0));
        Assert.Equal(100, SlotGrid.WeekSlot(Weekday.Tuesday, 4));
        Assert.Equal(Weekday.Tuesday, SlotGrid.DayOf(100));
        Assert.Equal(4, SlotGrid.SlotOfDay(100));
        Assert.Equal(new ClockTime(60), SlotGrid.StartOf(100));
        Assert.Equal(Weekday.Sunday, SlotGrid.DayOf(671));
        Assert.Equal(new ClockTime(23 * 60 + 45), SlotGrid.StartOf(671));
    }

    [Fact]
    public void A_window_covers_its_quarter_hours()
    {
        Assert.Equal([28, 29, 30, 31], SlotGrid.SlotsOf(Weekday.Monday, Window("07:00", "08:00")));
        Assert.Equal(96, SlotGrid.SlotsOf(Weekday.Friday, TimeWindow.WholeDay).Count());
    }

    [Fact]
    public void A_sunday_night_window_wraps_into_monday()
    {
        Assert.Equal([668, 669, 670, 671, 0, 1, 2, 3], SlotGrid.SlotsOf(Weekday.Sunday, Window("23:00", "01:00")));
    }

    [Theory]
    [InlineData("07:15", true)]
    [InlineData("07:10", false)]
    [InlineData("24:00", true)]
    public void Times_on_the_grid(string time, bool onGrid)
    {
        Assert.Equal(onGrid, SlotGrid.IsOnGrid(ClockTime.Parse(time)));
    }
}
