using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Tests.Shared;
using static Velferd.Turnus.Tests.Shared.TestUnits;

namespace Velferd.Turnus.Domain.Tests.Checking;

/// <summary>35 hours of continuous rest inside every calendar week, Monday 00:00 to Monday 00:00 (AML §10-8 (2)).</summary>
public sealed class WeeklyRestTests
{
    private static readonly Unit Unit = TestUnits.Unit([Employee("a1", 100, helgefrekvens: 2)], weeks: 2);

    [Fact]
    public void Monday_to_friday_leaves_the_weekend_free() =>
        Verdict.Legal(Unit, TestPlans.Of(Unit, ("a1", "D D D D D - - | D D D D D - -")));

    [Fact]
    public void Rest_that_spans_two_weeks_does_not_count_for_either()
    {
        // Week 1 runs Tuesday–Saturday: 31 h free before Tuesday 07:00 and 33 h after Saturday 15:00 inside the week,
        // although Saturday 15:00 to Monday 07:00 of week 2 is 40 h off.
        var plan = TestPlans.Of(Unit, ("a1", "- D D D D D - | D D D D D - -"));

        var breach = Verdict.Single(Unit, plan);

        Assert.Equal(new Breach(RuleId.WeeklyRest, "a1", 0, null, "lengste sammenhengende fri i uke 1 er 33 t; krav 35 t"), breach);
        Assert.Equal("AML §10-8 (2), (3)", breach.Reference);
    }

    [Fact]
    public void An_agreement_down_to_28_hours_allows_it()
    {
        var agreed = Unit with { Rules = Unit.Rules with { WeeklyRestHours = 28 } };

        Verdict.Legal(agreed, TestPlans.Of(agreed, ("a1", "- D D D D D - | D D D D D - -")));
    }
}
