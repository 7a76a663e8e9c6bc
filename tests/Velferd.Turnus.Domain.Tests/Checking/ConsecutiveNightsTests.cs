using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Tests.Shared;
using static Velferd.Turnus.Tests.Shared.TestUnits;

namespace Velferd.Turnus.Domain.Tests.Checking;

/// <summary>At most four night shifts in a row, counted round the repeating rotation.</summary>
public sealed class ConsecutiveNightsTests
{
    // 80 % of 40 h: eight nights of 8 h in two weeks.
    private static readonly Unit Unit = TestUnits.Unit([Employee("a1", 80, helgefrekvens: 2)], weeks: 2);

    [Fact]
    public void Four_nights_a_week_are_allowed() =>
        Verdict.Legal(Unit, TestPlans.Of(Unit, ("a1", "N N N N - - - | N N N N - - -")));

    [Fact]
    public void Five_nights_in_a_row_are_not()
    {
        var breach = Verdict.Single(Unit, TestPlans.Of(Unit, ("a1", "N N N N N - - | N N N - - - -")));

        Assert.Equal(new Breach(RuleId.ConsecutiveNights, "a1", 0, null, "nattevakter på rad fra mandag uke 1: 5; høyst 4"), breach);
    }

    [Fact]
    public void A_run_continues_from_the_last_weekend_into_day_0()
    {
        var breach = Verdict.Single(Unit, TestPlans.Of(Unit, ("a1", "N N N - - - - | N N N - - N N")));

        Assert.Equal(new Breach(RuleId.ConsecutiveNights, "a1", 12, null, "nattevakter på rad fra lørdag uke 2: 5; høyst 4"), breach);
    }
}
