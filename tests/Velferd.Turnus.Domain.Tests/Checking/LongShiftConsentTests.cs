using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Tests.Shared;
using static Velferd.Turnus.Tests.Shared.TestUnits;

namespace Velferd.Turnus.Domain.Tests.Checking;

/// <summary>Langvakter only for those who have agreed to them.</summary>
public sealed class LongShiftConsentTests
{
    private static readonly ShiftDefinition K = Shift("K", "18:00", "22:00", ShiftCategory.Evening);

    // 60 % of 40 h = 24 h: three day shifts, or a long shift of 12 h, a day shift and K of 4 h.
    private static Unit UnitFor(bool longShifts) => TestUnits.Unit([Employee("a1", 60, longShifts: longShifts)], shifts: [.. Catalogue, K]);

    [Fact]
    public void Day_shifts_need_no_consent() =>
        Verdict.Legal(UnitFor(longShifts: false), TestPlans.Of(UnitFor(false), ("a1", "D - D - D - -")));

    [Fact]
    public void A_long_shift_needs_consent()
    {
        var unit = UnitFor(longShifts: false);

        var breach = Verdict.Single(unit, TestPlans.Of(unit, ("a1", "L - D - K - -")));

        Assert.Equal(new Breach(RuleId.LongShiftConsent, "a1", 0, "L", "har langvakt uten å ha sagt ja til langvakter"), breach);
    }

    [Fact]
    public void With_consent_the_long_shift_is_legal()
    {
        var unit = UnitFor(longShifts: true);

        Verdict.Legal(unit, TestPlans.Of(unit, ("a1", "L - D - K - -")));
    }
}
