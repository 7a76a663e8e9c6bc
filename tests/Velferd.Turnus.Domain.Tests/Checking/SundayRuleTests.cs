using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Tests.Shared;
using static Velferd.Turnus.Tests.Shared.TestUnits;

namespace Velferd.Turnus.Domain.Tests.Checking;

/// <summary>
/// Who has worked a Sunday has the next one off (AML §10-8 (4)); Sunday work is Saturday 18:00 to Sunday 22:00
/// (§10-10 (1)). The employee may work every weekend (helgefrekvens 1), so only the Sunday rule applies.
/// </summary>
public sealed class SundayRuleTests
{
    // 80 % of 40 h: four day shifts a week.
    private static readonly Unit Unit = TestUnits.Unit([Employee("a1", 80)], weeks: 3);

    [Fact]
    public void A_saturday_day_shift_after_a_sunday_is_not_sunday_work() =>
        Verdict.Legal(Unit, TestPlans.Of(Unit, ("a1", "D D - - - D D | D D D - - D - | D D D D - - -")));

    [Fact]
    public void A_saturday_evening_is_sunday_work()
    {
        // The evening shift runs Saturday 15:00–23:00, into the Sunday that begins at 18:00: two Sundays in a row.
        var plan = TestPlans.Of(Unit, ("a1", "D D - - - D D | D D D - - A - | D D D D - - -"));

        var breach = Verdict.Single(Unit, plan);

        Assert.Equal(new Breach(RuleId.SundayRule, "a1", 6, null, "arbeider søndager på rad fra uke 1: 2; høyst 1"), breach);
        Assert.Equal("AML §10-8 (4), §10-10 (1)", breach.Reference);
    }

    [Fact]
    public void A_sunday_night_from_23_is_not_sunday_work() =>
        Verdict.Legal(Unit, TestPlans.Of(Unit, ("a1", "D D - - - D D | D D D - - - N | - D D D D - -")));

    [Fact]
    public void Every_sunday_of_a_one_week_rotation_is_every_sunday_for_ever()
    {
        var unit = Unit with { RotationWeeks = 1 };

        Assert.Equal(new Breach(RuleId.SundayRule, "a1", 6, null, "arbeider søndager på rad fra uke 1: hver gang (hele turnusen, som gjentas); høyst 1"),
            Verdict.Single(unit, TestPlans.Of(unit, ("a1", "D D - - - D D"))));
    }
}
