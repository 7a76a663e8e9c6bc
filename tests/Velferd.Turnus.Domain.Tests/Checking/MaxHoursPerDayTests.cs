using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Tests.Shared;
using static Velferd.Turnus.Tests.Shared.TestUnits;

namespace Velferd.Turnus.Domain.Tests.Checking;

/// <summary>
/// At most 12.5 h of work in the 24 hours from the start of any shift (AML §10-5 (2)). With daily rest agreed down
/// to 8 h (§10-8 (3)), an evening followed by a day shift keeps the rest rule but not this one.
/// </summary>
public sealed class MaxHoursPerDayTests
{
    // 60 % of 40 h = 24 h a week.
    private static readonly Unit Unit = TestUnits.Unit([Employee("a1", 60, longShifts: true)],
        rules: FortyHourWeek with { DailyRestHours = 8 });

    [Theory]
    [InlineData("A - D - D - -")]
    [InlineData("L - - L - - -")]
    public void A_day_between_shifts_or_one_long_shift_is_within_the_limit(string days) =>
        Verdict.Legal(Unit, TestPlans.Of(Unit, ("a1", days)));

    [Fact]
    public void Evening_then_day_is_16_hours_in_24()
    {
        var breach = Verdict.Single(Unit, TestPlans.Of(Unit, ("a1", "A D - - D - -")));

        Assert.Equal(new Breach(RuleId.MaxHoursPerDay, "a1", 0, "A", "16 t arbeid i 24 timer fra A mandag uke 1; grense 12,5 t"), breach);
        Assert.Equal("AML §10-5 (2)", breach.Reference);
    }
}
