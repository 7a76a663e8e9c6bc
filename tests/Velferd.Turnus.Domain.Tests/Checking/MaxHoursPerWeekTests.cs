using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Tests.Shared;
using static Velferd.Turnus.Tests.Shared.TestUnits;

namespace Velferd.Turnus.Domain.Tests.Checking;

/// <summary>Never more than 54 h in one calendar week (AML §10-5 (2)), however the rotation averages out.</summary>
public sealed class MaxHoursPerWeekTests
{
    // 90 % of 40 h × 3 weeks = 108 h: nine long shifts of 12 h.
    private static readonly Unit Unit = TestUnits.Unit([Employee("a1", 90, longShifts: true)], weeks: 3);

    [Fact]
    public void Four_long_shifts_make_48_hours() =>
        Verdict.Legal(Unit, TestPlans.Of(Unit, ("a1", "L L L L - - - | L L L - - - - | L L - - - - -")));

    [Fact]
    public void Five_long_shifts_make_60_hours_in_week_1()
    {
        var breach = Verdict.Single(Unit, TestPlans.Of(Unit, ("a1", "L L L L L - - | L L - - - - - | L L - - - - -")));

        Assert.Equal(new Breach(RuleId.MaxHoursPerWeek, "a1", 0, null, "60 t i uke 1; grense 54 t"), breach);
    }
}
