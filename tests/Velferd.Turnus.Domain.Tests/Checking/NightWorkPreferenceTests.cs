using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Tests.Shared;
using static Velferd.Turnus.Tests.Shared.TestUnits;

namespace Velferd.Turnus.Domain.Tests.Checking;

/// <summary>Night shifts only for those who work nights; only night shifts for fast nattevakt.</summary>
public sealed class NightWorkPreferenceTests
{
    [Fact]
    public void Who_does_not_work_nights_gets_no_night_shift()
    {
        var unit = TestUnits.Unit([Employee("a1", 60, night: NightWork.No)]);
        Verdict.Legal(unit, TestPlans.Of(unit, ("a1", "D - D - D - -")));

        var breach = Verdict.Single(unit, TestPlans.Of(unit, ("a1", "D - N - D - -")));

        Assert.Equal(new Breach(RuleId.NightWorkPreference, "a1", 2, "N", "har nattevakt, men jobber ikke natt etter avtalen"), breach);
    }

    [Fact]
    public void Fast_nattevakt_gets_only_night_shifts()
    {
        var unit = TestUnits.Unit([Employee("a1", 60, night: NightWork.Only)]);
        Verdict.Legal(unit, TestPlans.Of(unit, ("a1", "N - N - N - -")));

        var breach = Verdict.Single(unit, TestPlans.Of(unit, ("a1", "N - D - N - -")));

        Assert.Equal(new Breach(RuleId.NightWorkPreference, "a1", 2, "D", "har dag-/kveldsvakt, men jobber bare natt etter avtalen"), breach);
    }
}
