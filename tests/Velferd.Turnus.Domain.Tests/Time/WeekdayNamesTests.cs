using Velferd.Turnus.Domain.Time;

namespace Velferd.Turnus.Domain.Tests.Time;

public sealed class WeekdayNamesTests
{
    [Fact]
    public void Codes_and_norwegian_names()
    {
        Assert.Equal(["mon", "tue", "wed", "thu", "fri", "sat", "sun"], WeekdayNames.All.Select(day => day.Code()));
        Assert.Equal("lørdag", Weekday.Saturday.NorwegianName());
        Assert.Equal("sø", Weekday.Sunday.NorwegianShortName());
        Assert.True(Weekday.Sunday.IsWeekend());
        Assert.False(Weekday.Friday.IsWeekend());
    }

    [Fact]
    public void Parses_codes_regardless_of_case()
    {
        Assert.True(WeekdayNames.TryParse(" Wed", out var day));
        Assert.Equal(Weekday.Wednesday, day);
        Assert.False(WeekdayNames.TryParse("onsdag", out _));
    }
}
