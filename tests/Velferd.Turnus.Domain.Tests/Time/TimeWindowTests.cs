using Velferd.Turnus.Domain.Time;

namespace Velferd.Turnus.Domain.Tests.Time;

public sealed class TimeWindowTests
{
    private static TimeWindow Window(string from, string to) => new(ClockTime.Parse(from), ClockTime.Parse(to));

    [Theory]
    [InlineData("07:00", "15:00", 480, false)]
    [InlineData("22:00", "07:00", 540, true)]   // over midnight
    [InlineData("23:45", "00:15", 30, true)]
    [InlineData("20:00", "24:00", 240, false)]  // ends at midnight, does not run into the next day
    [InlineData("00:00", "24:00", 1440, false)]
    [InlineData("00:00", "00:00", 1440, false)] // equal start and end: the whole day
    [InlineData("12:00", "12:00", 1440, true)]  // a whole day starting at noon runs over midnight
    public void Duration_and_crossing_midnight(string from, string to, int minutes, bool crosses)
    {
        var window = Window(from, to);

        Assert.Equal(minutes, window.DurationMinutes);
        Assert.Equal(minutes / 60.0, window.DurationHours);
        Assert.Equal(crosses, window.CrossesMidnight);
    }

    [Fact]
    public void Minute_range_continues_past_24_00_for_a_night()
    {
        Assert.Equal((22 * 60, 31 * 60), Window("22:00", "07:00").MinuteRange);
        Assert.Equal((0, 1440), TimeWindow.WholeDay.MinuteRange);
    }

    [Fact]
    public void Reads_as_from_to()
    {
        Assert.Equal("22:15–07:15", Window("22:15", "07:15").ToString());
    }
}
