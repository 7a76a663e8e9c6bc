using Velferd.Turnus.Domain.Benchmarks.Curtois;

namespace Velferd.Turnus.Domain.Tests.Benchmarks.Curtois;

public sealed class SyntheticInstanceTests
{
    [Fact]
    public void A_year_with_150_staff_reads_like_any_instance()
    {
        var instance = CurtoisReader.Parse(SyntheticInstance.Generate(364, 150), "synthetic");

        Assert.Equal((364, 150, 4), (instance.HorizonDays, instance.Staff.Count, instance.Shifts.Count));
        Assert.Equal(364 * 4, instance.Cover.Count);
        Assert.Equal(52, instance.WeekendCount);
        Assert.Equal(150, instance.Staff.Select(s => s.Id).Distinct().Count());
        // An all-off roster breaks only the minimum-minutes rule and pays for every missing person.
        var evaluation = RosterEvaluator.Evaluate(instance, Roster.Empty(instance));
        Assert.All(evaluation.Breaches, b => Assert.Equal(CurtoisRule.MinTotalMinutes, b.Rule));
        Assert.Equal(instance.Cover.Sum(c => c.Requirement * c.UnderWeight), evaluation.UnderCoverPenalty);
    }
}
