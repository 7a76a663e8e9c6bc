using Velferd.Turnus.Domain.Competences;
using static Velferd.Turnus.Domain.Competences.Competence;

namespace Velferd.Turnus.Domain.Tests.Competences;

/// <summary>SPL and VPL may do HFA work, HFA may do assistent work, everybody may do service work (shared/DOMAIN.md).</summary>
public sealed class CompetenceCoverageTests
{
    // Rows: staff; columns: demanded SPL, VPL, HFA, ASS, SRV.
    private static readonly Dictionary<Competence, bool[]> Matrix = new()
    {
        [Sykepleier] = [true, false, true, true, true],
        [Vernepleier] = [false, true, true, true, true],
        [Helsefagarbeider] = [false, false, true, true, true],
        [Assistent] = [false, false, false, true, true],
        [Servicemedarbeider] = [false, false, false, false, true],
    };

    public static TheoryData<Competence, Competence, bool> Pairs()
    {
        var data = new TheoryData<Competence, Competence, bool>();
        foreach (var (staff, row) in Matrix)
        {
            for (var demanded = 0; demanded < row.Length; demanded++)
                data.Add(staff, (Competence)demanded, row[demanded]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Who_covers_whom(Competence staff, Competence demanded, bool covers)
    {
        Assert.Equal(covers, CompetenceCoverage.CanCover(staff, demanded));
    }

    [Fact]
    public void What_a_helsefagarbeider_serves()
    {
        Assert.Equal([Helsefagarbeider, Assistent, Servicemedarbeider], CompetenceCoverage.Serves(Helsefagarbeider));
        Assert.Equal([Servicemedarbeider], CompetenceCoverage.Serves(Servicemedarbeider));
    }

    [Fact]
    public void The_coverage_groups_are_the_up_closed_sets()
    {
        Assert.Equal(["SPL", "VPL", "HFA+", "ASS+", "Alle"], CompetenceCoverage.Groups.Select(group => group.Name));
        Assert.Equal([Sykepleier, Vernepleier, Helsefagarbeider], CompetenceCoverage.Groups[2].Demanded);
        Assert.Equal(5, CompetenceCoverage.Groups[4].Demanded.Count);
    }

    [Fact]
    public void Each_group_is_served_by_exactly_the_staff_who_can_cover_one_of_its_members()
    {
        // Hall's condition needs, per group, the staff able to serve some member of it.
        var servedBy = CompetenceCoverage.Groups.ToDictionary(group => group.Name,
            group => CompetenceCodes.All.Where(group.IsServedBy).ToList());

        Assert.Equal([Sykepleier], servedBy["SPL"]);
        Assert.Equal([Vernepleier], servedBy["VPL"]);
        Assert.Equal([Sykepleier, Vernepleier, Helsefagarbeider], servedBy["HFA+"]);
        Assert.Equal([Sykepleier, Vernepleier, Helsefagarbeider, Assistent], servedBy["ASS+"]);
        Assert.Equal(CompetenceCodes.All, servedBy["Alle"]);
        Assert.True(CompetenceCoverage.Groups[3].Includes(Assistent));
        Assert.False(CompetenceCoverage.Groups[3].Includes(Servicemedarbeider));
    }

    [Fact]
    public void Codes_round_trip_and_parse_loosely()
    {
        Assert.Equal(["SPL", "VPL", "HFA", "ASS", "SRV"], CompetenceCodes.All.Select(competence => competence.Code()));
        Assert.True(CompetenceCodes.TryParse(" hfa ", out var parsed));
        Assert.Equal(Helsefagarbeider, parsed);
        Assert.False(CompetenceCodes.TryParse("sykepleier", out _));
        Assert.False(CompetenceCodes.TryParse(null, out _));
        Assert.Equal("vernepleier", Vernepleier.NorwegianName());
    }
}
