using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Checking.Measures;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Tests.Shared;
using static Velferd.Turnus.Tests.Shared.TestUnits;

namespace Velferd.Turnus.Domain.Tests.Checking;

/// <summary>The soft, personal measures: isolated days off and work days, quick returns, wishes met.</summary>
public sealed class PersonalMeasuresTests
{
    [Fact]
    public void Isolated_days_are_counted_round_the_rotation()
    {
        // Monday, Wednesday, Saturday: Tuesday and Sunday (before Monday again) are single days off; each work day stands alone.
        var unit = TestUnits.Unit([Employee("a1", 60)]);

        var personal = Verdict.Legal(unit, TestPlans.Of(unit, ("a1", "D - D - - D -"))).Personal;

        Assert.Equal(2, personal.IsolatedDaysOff);
        Assert.Equal(3, personal.IsolatedWorkDays);
        Assert.Equal(
            [
                new PersonalFinding("a1", 0, "enkeltvakt", "én arbeidsdag alene mandag uke 1"),
                new PersonalFinding("a1", 1, "enkeltfridag", "fri bare tirsdag uke 1 mellom to arbeidsdager"),
                new PersonalFinding("a1", 2, "enkeltvakt", "én arbeidsdag alene onsdag uke 1"),
                new PersonalFinding("a1", 5, "enkeltvakt", "én arbeidsdag alene lørdag uke 1"),
                new PersonalFinding("a1", 6, "enkeltfridag", "fri bare søndag uke 1 mellom to arbeidsdager"),
            ],
            personal.Findings);
    }

    [Fact]
    public void A_long_shift_before_a_day_shift_is_a_quick_return()
    {
        // L ends 19:30, D starts 07:00: 11.5 h, legal but under the 13 h of a good return. D to D is 16 h.
        var unit = TestUnits.Unit([Employee("a1", 70, longShifts: true)]);

        var personal = Verdict.Legal(unit, TestPlans.Of(unit, ("a1", "L D D - - - -"))).Personal;

        Assert.Equal(1, personal.QuickReturns);
        Assert.Contains(new PersonalFinding("a1", 1, "rask retur", "11,5 t fri mellom L og D tirsdag uke 1"), personal.Findings);
    }

    [Fact]
    public void Wishes_are_counted_by_day_and_weight()
    {
        ShiftWish[] wishes =
        [
            new(WishKind.Prefer, Weekday.Monday, null, "D", 2),
            new(WishKind.Avoid, Weekday.Friday, null, "A", 3),
            new(WishKind.Avoid, Weekday.Wednesday, 2, null, 5),
        ];
        var unit = TestUnits.Unit([Employee("a1", 50, wishes: wishes)], weeks: 2);

        // Met: D on Monday of week 1 (2), no A on Friday of week 2 (3). Not met: Monday of week 2 off (2),
        // A on Friday of week 1 (3), a shift on Wednesday of week 2 (5).
        var personal = PlanChecker.Check(unit, TestPlans.Of(unit, ("a1", "D - - - A - - | - - D - D - -"))).Personal;

        Assert.Equal((5, 2, 15, 5), (personal.WishDays, personal.WishDaysMet, personal.WishWeight, personal.WishWeightMet));
        Assert.Equal(5.0 / 15, personal.WishShareMet, 1e-9);
    }
}
