using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Rules;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Tests.Shared;
using static Velferd.Turnus.Tests.Shared.TestUnits;

namespace Velferd.Turnus.Domain.Tests.Checking;

/// <summary>With the real 35.5-hour turnus week: a position gives stillingsprosent × 35.5 h × weeks, within ½ h per week.</summary>
public sealed class ContractedHoursTests
{
    // 80 % × 35.5 h × 2 weeks = 56.8 h, tolerance 0.5 h × 2 = 1 h.
    private static readonly Unit Unit = TestUnits.Unit([Employee("a1", 80)], rules: RuleSet.Default, weeks: 2);

    [Fact]
    public void Seven_day_shifts_are_close_enough_to_an_80_percent_position()
    {
        // 7 × 8 h = 56 h, 0.8 h under the contract.
        Verdict.Legal(Unit, TestPlans.Of(Unit, ("a1", "D D D D - - - | D D D - - - -")));
    }

    [Theory]
    [InlineData("D D D - - - - | D D D - - - -", "48")]
    [InlineData("D D D D - - - | D D D D - - -", "64")]
    public void Too_few_or_too_many_hours_break_the_contract(string days, string hours)
    {
        var breach = Verdict.Single(Unit, TestPlans.Of(Unit, ("a1", days)));

        Assert.Equal(new Breach(RuleId.ContractedHours, "a1", null, null,
            $"turnusen gir {hours} t over 2 uker; stillingen (80 %) skal gi 56,8 t ± 1 t"), breach);
    }

    [Fact]
    public void Sleeping_nights_count_at_the_agreed_factor()
    {
        // 50 % × 35.5 h × 2 = 35.5 h; seven sleeping nights of 10 h count 7 × 10 × 0.5 = 35 h.
        var unit = TestUnits.Unit([Employee("a1", 50)], rules: RuleSet.Default, weeks: 2);
        var plan = TestPlans.Of(unit, ("a1", "H H H H - - - | H H H - - - -"));

        Verdict.Legal(unit, plan);

        // Counted in full (factor 1) the same nights are 70 h.
        var fullCount = unit with { Rules = RuleSet.Default with { SleepingNightCountFactor = 1 } };
        Assert.Equal(new Breach(RuleId.ContractedHours, "a1", null, null, "turnusen gir 70 t over 2 uker; stillingen (50 %) skal gi 35,5 t ± 1 t"),
            Verdict.Single(fullCount, plan));
    }
}
