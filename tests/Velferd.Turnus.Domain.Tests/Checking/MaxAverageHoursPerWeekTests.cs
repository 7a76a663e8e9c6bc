using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Tests.Shared;
using static Velferd.Turnus.Tests.Shared.TestUnits;

namespace Velferd.Turnus.Domain.Tests.Checking;

/// <summary>
/// At most maxAverageHoursPerWeek on average over the repeating rotation (AML §10-5 (2)). A position of at most 100 %
/// keeps the law's 48 h by itself, so the test lowers the limit to 42 h and allows 4 h a week off the contract.
/// </summary>
public sealed class MaxAverageHoursPerWeekTests
{
    private static readonly Unit Unit = TestUnits.Unit([Employee("a1", 100, helgefrekvens: 2)], weeks: 2,
        rules: FortyHourWeek with { MaxAverageHoursPerWeek = 42, ContractToleranceHoursPerWeek = 4 });

    [Fact]
    public void Forty_hours_a_week_is_within_the_average() =>
        Verdict.Legal(Unit, TestPlans.Of(Unit, ("a1", "D D D D D - - | D D D D D - -")));

    [Fact]
    public void An_extra_sunday_makes_44_hours_on_average()
    {
        // 88 h over 2 weeks: 8 h over the contract (inside 2 × 4 h) but 44 h a week on average.
        var breach = Verdict.Single(Unit, TestPlans.Of(Unit, ("a1", "D D D D D - - | D D D D D - D")));

        Assert.Equal(new Breach(RuleId.MaxAverageHoursPerWeek, "a1", null, null, "i snitt 44 t per uke; grense 42 t"), breach);
    }
}
