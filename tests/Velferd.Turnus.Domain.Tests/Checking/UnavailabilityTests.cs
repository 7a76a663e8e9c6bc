using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Tests.Shared;
using static Velferd.Turnus.Tests.Shared.TestUnits;

namespace Velferd.Turnus.Domain.Tests.Checking;

/// <summary>No shift on a day the employee cannot work: every Friday, and Wednesday of week 2 (a course).</summary>
public sealed class UnavailabilityTests
{
    private static readonly Unit Unit = TestUnits.Unit(
        [Employee("a1", 60, unavailable: [new(Weekday.Friday, null, null), new(Weekday.Wednesday, 2, "Kurs")])], weeks: 2);

    [Fact]
    public void Wednesday_of_week_1_is_workable() =>
        Verdict.Legal(Unit, TestPlans.Of(Unit, ("a1", "D D D - - - - | D D - D - - -")));

    [Fact]
    public void Wednesday_of_week_2_is_not()
    {
        var breach = Verdict.Single(Unit, TestPlans.Of(Unit, ("a1", "D D D - - - - | D D D - - - -")));

        Assert.Equal(new Breach(RuleId.Unavailability, "a1", 9, "D", "er ikke tilgjengelig denne dagen (Kurs)"), breach);
    }

    [Fact]
    public void No_friday_is()
    {
        var breach = Verdict.Single(Unit, TestPlans.Of(Unit, ("a1", "D D - - D - - | D D - D - - -")));

        Assert.Equal(new Breach(RuleId.Unavailability, "a1", 4, "D", "er ikke tilgjengelig denne dagen"), breach);
    }
}
