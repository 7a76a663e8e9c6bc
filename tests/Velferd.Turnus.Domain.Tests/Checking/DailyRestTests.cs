using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Tests.Shared;
using static Velferd.Turnus.Tests.Shared.TestUnits;

namespace Velferd.Turnus.Domain.Tests.Checking;

/// <summary>
/// 11 hours off between shifts (AML §10-8 (1)). A short evening shift K 18:00–22:00 before a day shift gives 9 h
/// of rest but only 12 h of work in 24 hours, so the rest rule alone is broken.
/// </summary>
public sealed class DailyRestTests
{
    private static readonly ShiftDefinition K = Shift("K", "18:00", "22:00", ShiftCategory.Evening);

    // 50 % of 40 h = 20 h a week: two day shifts and one K.
    private static readonly Unit Unit = TestUnits.Unit([Employee("a1", 50, helgefrekvens: 2)], shifts: [.. Catalogue, K], weeks: 2);

    [Fact]
    public void Days_apart_the_shifts_are_legal() =>
        Verdict.Legal(Unit, TestPlans.Of(Unit, ("a1", "D - D - K - - | D - D - K - -")));

    [Fact]
    public void An_evening_before_a_day_shift_leaves_9_hours()
    {
        var plan = TestPlans.Of(Unit, ("a1", "D K D - - - - | D - D - K - -"));

        var breach = Verdict.Single(Unit, plan);

        Assert.Equal(new Breach(RuleId.DailyRest, "a1", 2, "D", "bare 9 t fri mellom K tirsdag uke 1 og D onsdag uke 1; krav 11 t"), breach);
        Assert.Equal("AML §10-8 (1), (3)", breach.Reference);
    }

    [Fact]
    public void Rest_is_counted_across_the_end_of_the_rotation()
    {
        // K on the last Sunday is followed by D on day 0, because the turnus repeats.
        var plan = TestPlans.Of(Unit, ("a1", "D - D - K - - | D - D - - - K"));

        Assert.Equal(new Breach(RuleId.DailyRest, "a1", 0, "D", "bare 9 t fri mellom K søndag uke 2 og D mandag uke 1; krav 11 t"),
            Verdict.Single(Unit, plan));
    }

    [Fact]
    public void An_agreement_down_to_9_hours_allows_the_evening_before_a_day_shift()
    {
        var agreed = Unit with { Rules = Unit.Rules with { DailyRestHours = 9 } };

        Verdict.Legal(agreed, TestPlans.Of(agreed, ("a1", "D K D - - - - | D - D - K - -")));
    }
}
