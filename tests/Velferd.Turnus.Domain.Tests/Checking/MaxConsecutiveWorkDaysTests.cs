using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Tests.Shared;
using static Velferd.Turnus.Tests.Shared.TestUnits;

namespace Velferd.Turnus.Domain.Tests.Checking;

/// <summary>At most six working days in a row. The runs here cross the week boundary, so weekly rest holds inside each week.</summary>
public sealed class MaxConsecutiveWorkDaysTests
{
    // 70 % of 40 h × 2 weeks = 56 h: seven day shifts.
    private static readonly Unit Unit = TestUnits.Unit([Employee("a1", 70, helgefrekvens: 2)], weeks: 2);

    [Fact]
    public void Wednesday_to_monday_is_six_days() =>
        Verdict.Legal(Unit, TestPlans.Of(Unit, ("a1", "- - D D D D D | D - D - - - -")));

    [Fact]
    public void Wednesday_to_tuesday_is_seven()
    {
        var breach = Verdict.Single(Unit, TestPlans.Of(Unit, ("a1", "- - D D D D D | D D - - - - -")));

        Assert.Equal(new Breach(RuleId.MaxConsecutiveWorkDays, "a1", 2, null, "arbeidsdager på rad fra onsdag uke 1: 7; høyst 6"), breach);
    }
}
