using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Tests.Shared;
using static Velferd.Turnus.Tests.Shared.TestUnits;

namespace Velferd.Turnus.Domain.Tests.Checking;

/// <summary>Every 3rd weekend: at most one worked weekend (Saturday 00:00 – Monday 00:00) in any three in a row.</summary>
public sealed class HelgefrekvensTests
{
    // 80 % of 40 h = 32 h: four day shifts every week, two of them at the weekend in weeks 1 and 4.
    private static readonly Unit Unit = TestUnits.Unit([Employee("a1", 80, helgefrekvens: 3)], weeks: 6);

    private const string Weekend = "D D - - - D D";
    private const string Weekdays = "D D D D - - -";

    [Fact]
    public void Weekends_of_weeks_1_and_4_are_every_third() =>
        Verdict.Legal(Unit, TestPlans.Of(Unit, ("a1", $"{Weekend} | {Weekdays} | {Weekdays} | {Weekend} | {Weekdays} | {Weekdays}")));

    [Fact]
    public void A_friday_night_shift_works_the_weekend()
    {
        // The night from Friday 23:00 runs into Saturday: week 3 becomes a worked weekend, two after week 1.
        var plan = TestPlans.Of(Unit, ("a1", $"{Weekend} | {Weekdays} | D D D - N - - | {Weekdays} | {Weekdays} | {Weekdays}"));

        var breach = Verdict.Single(Unit, plan);

        Assert.Equal(new Breach(RuleId.Helgefrekvens, "a1", 5, null, "arbeider helgen i uke 1 og igjen 2 helg(er) senere (uke 3); avtalt hver 3. helg"), breach);
    }

    [Fact]
    public void A_friday_evening_ending_at_23_does_not() =>
        Verdict.Legal(Unit, TestPlans.Of(Unit, ("a1", $"{Weekend} | {Weekdays} | D D D - A - - | {Weekdays} | {Weekdays} | {Weekdays}")));

    [Fact]
    public void A_plan_made_under_an_every_second_weekend_scenario_is_judged_by_it()
    {
        // Weekends of weeks 1, 3 and 5: a breach of every 3rd weekend, legal in a plan made with --helgefrekvens 2.
        var rows = $"{Weekend} | {Weekdays} | {Weekend} | {Weekdays} | {Weekend} | {Weekdays}";
        var plan = TestPlans.Of(Unit, ("a1", rows));

        Assert.All(PlanChecker.Check(Unit, plan).Breaches, breach => Assert.Equal(RuleId.Helgefrekvens, breach.Rule));
        Assert.NotEmpty(PlanChecker.Check(Unit, plan).Breaches);
        Verdict.Legal(Unit, plan with { Scenario = new Domain.Planning.PlanScenario(HelgefrekvensForAll: 2, LongShiftsForAll: false) });
    }
}
