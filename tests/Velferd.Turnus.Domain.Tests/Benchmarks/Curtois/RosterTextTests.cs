using Velferd.Turnus.Domain.Benchmarks.Curtois;

namespace Velferd.Turnus.Domain.Tests.Benchmarks.Curtois;

public sealed class RosterTextTests
{
    private static readonly CurtoisInstance Instance = CurtoisReader.Parse(MinimalInstance.Text);

    [Fact]
    public void A_written_roster_reads_back_the_same()
    {
        var roster = Roster.FromRows([[0, 0, 0, Roster.Off, Roster.Off, 1, 1], [Roster.Off, Roster.Off, Roster.Off, 0, 0, Roster.Off, Roster.Off]]);

        var text = RosterText.Write(Instance, roster, ["objective 0"]);
        var back = RosterText.Parse(Instance, text);

        Assert.StartsWith("# objective 0", text);
        Assert.Contains("A\tD\tD\tD\t-\t-\tN\tN", text);
        for (var e = 0; e < 2; e++)
        {
            for (var d = 0; d < 7; d++) Assert.Equal(roster[e, d], back[e, d]);
        }
    }

    [Fact]
    public void An_unknown_shift_in_a_roster_file_is_located()
    {
        var error = Assert.Throws<CurtoisFormatException>(() => RosterText.Parse(Instance, "A D D D - - X N\nB - - - D D - -\n", "r.txt"));

        Assert.Equal(1, error.Line);
        Assert.Contains("unknown shift 'X'", error.Problem);
    }
}
