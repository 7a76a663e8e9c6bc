using Velferd.Turnus.Domain.Benchmarks.Curtois;

namespace Velferd.Turnus.Domain.Tests.Benchmarks.Curtois;

/// <summary>Every malformed file names the line, the section and what was expected.</summary>
public sealed class MalformedInstanceTests
{
    [Theory]
    [InlineData("D,480,", "D,abc,", 7, "SECTION_SHIFTS", "expected a whole number >= 0 for shift length in minutes (field 2), found 'abc'")]
    [InlineData("N,600,D", "N,600,X", 8, "SECTION_SHIFTS", "unknown shift in the cannot-follow list 'X'")]
    [InlineData("A,D=7|N=2,2400,960,3,2,2,1", "A,D=7|N=2,2400,960,3,2,2", 11, "SECTION_STAFF", "expected 8 fields: ID, MaxShifts")]
    [InlineData("A,D=7|N=2,2400,960,3,2,2,1", "A,D7|N=2,2400,960,3,2,2,1", 11, "SECTION_STAFF", "expected MaxShifts entries as ShiftID=number, found 'D7'")]
    [InlineData("B,D=7|N=0,2400,0,3,1,1,1", "A,D=7|N=0,2400,0,3,1,1,1", 12, "SECTION_STAFF", "employee 'A' is defined twice")]
    [InlineData("B,6\r\n", "B,7\r\n", 15, "SECTION_DAYS_OFF", "day 7 in field 2 is outside the horizon 0..6")]
    [InlineData("A,0,D,2", "Z,0,D,2", 18, "SECTION_SHIFT_ON_REQUESTS", "unknown employee (field 1) 'Z'")]
    [InlineData("B,2,D,3", "B,2,D,-3", 21, "SECTION_SHIFT_OFF_REQUESTS", "expected a whole number >= 0 for weight (field 4), found '-3'")]
    [InlineData("6,D,1,100,1", "6,D,1,100", 30, "SECTION_COVER", "expected 5 fields: Day, ShiftID, Requirement")]
    [InlineData("SECTION_COVER", "SECTION_CUVER", 23, "", "unknown section 'SECTION_CUVER'")]
    public void Names_line_section_and_what_was_expected(string original, string broken, int line, string section, string problem)
    {
        var error = Assert.Throws<CurtoisFormatException>(() => CurtoisReader.Parse(MinimalInstance.Text.Replace(original, broken), "broken.txt"));

        Assert.Equal(("broken.txt", line, section), (error.Source, error.Line, error.Section));
        Assert.Contains(problem, error.Problem);
        Assert.StartsWith($"broken.txt:{line}", error.Message);
    }

    [Fact]
    public void A_missing_required_section_is_named()
    {
        var text = MinimalInstance.Text.Replace("SECTION_STAFF\r\nA,D=7|N=2,2400,960,3,2,2,1\r\nB,D=7|N=0,2400,0,3,1,1,1\r\n", "");

        var error = Assert.Throws<CurtoisFormatException>(() => CurtoisReader.Parse(text, "x.txt"));

        Assert.Equal("SECTION_STAFF", error.Section);
        Assert.Contains("required section is missing", error.Message);
    }

    [Fact]
    public void Data_before_any_section_is_rejected()
    {
        var error = Assert.Throws<CurtoisFormatException>(() => CurtoisReader.Parse("14\r\n" + MinimalInstance.Text, "x.txt"));

        Assert.Equal(1, error.Line);
        Assert.Contains("expected a section header", error.Problem);
    }

    [Fact]
    public void A_section_given_twice_is_rejected()
    {
        var error = Assert.Throws<CurtoisFormatException>(() => CurtoisReader.Parse(MinimalInstance.Text + "SECTION_HORIZON\r\n7\r\n", "x.txt"));

        Assert.Equal("SECTION_HORIZON", error.Section);
        Assert.Contains("second time", error.Problem);
    }

    [Fact]
    public void A_horizon_of_zero_days_is_rejected()
    {
        var error = Assert.Throws<CurtoisFormatException>(() => CurtoisReader.Parse(MinimalInstance.Text.Replace("SECTION_HORIZON\r\n7", "SECTION_HORIZON\r\n0"), "x.txt"));

        Assert.Equal((3, "SECTION_HORIZON"), (error.Line, error.Section));
    }
}
