using Velferd.Turnus.Domain.Time;

namespace Velferd.Turnus.Domain.Tests.Time;

public sealed class ClockTimeTests
{
    [Theory]
    [InlineData("00:00", 0)]
    [InlineData("07:30", 450)]
    [InlineData("23:45", 1425)]
    [InlineData("24:00", 1440)]
    public void Parses_times_of_day_including_24_00(string text, int minutes)
    {
        Assert.True(ClockTime.TryParse(text, out var time));
        Assert.Equal(minutes, time.Minutes);
        Assert.Equal(text, time.ToString());
    }

    [Theory]
    [InlineData("24:01")]
    [InlineData("25:00")]
    [InlineData("07:60")]
    [InlineData("7:30")]
    [InlineData("07.30")]
    [InlineData("ab:cd")]
    [InlineData("")]
    [InlineData(null)]
    public void Rejects_what_is_not_a_time_of_day(string? text)
    {
        Assert.False(ClockTime.TryParse(text, out _));
    }

    [Fact]
    public void Parse_names_the_bad_text()
    {
        var error = Assert.Throws<FormatException>(() => ClockTime.Parse("7:30"));
        Assert.Contains("'7:30'", error.Message);
    }

    [Fact]
    public void Converts_from_hours_and_orders()
    {
        Assert.Equal(new ClockTime(21 * 60 + 30), ClockTime.FromHours(21.5));
        Assert.Equal(6.25, new ClockTime(375).Hours);
        Assert.True(new ClockTime(60).CompareTo(new ClockTime(61)) < 0);
        Assert.Equal(ClockTime.Midnight, new ClockTime(0));
    }
}
