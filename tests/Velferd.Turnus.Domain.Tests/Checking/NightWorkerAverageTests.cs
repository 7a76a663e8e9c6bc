using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Tests.Shared;
using static Velferd.Turnus.Tests.Shared.TestUnits;

namespace Velferd.Turnus.Domain.Tests.Checking;

/// <summary>
/// Fast nattevakt works on average at most maxNightWorkerHoursPerDay per 24 h over four weeks (AML §10-11 (3)).
/// A position of at most 100 % keeps the law's 8 h by itself, so a local agreement of 6 h and 4 h a week of
/// contract tolerance let one long night break it.
/// </summary>
public sealed class NightWorkerAverageTests
{
    private static readonly ShiftDefinition LongNight = Shift("NL", "20:00", "08:00", ShiftCategory.Night);

    private static readonly Unit Unit = TestUnits.Unit([Employee("a1", 100, night: NightWork.Only)], shifts: [.. Catalogue, LongNight],
        rules: FortyHourWeek with { MaxNightWorkerHoursPerDay = 6, ContractToleranceHoursPerWeek = 4 });

    [Fact]
    public void Five_nights_of_8_hours_average_5_7_hours_a_day() =>
        Verdict.Legal(Unit, TestPlans.Of(Unit, ("a1", "N N N - N - N")));

    [Fact]
    public void A_long_night_makes_44_hours_a_week()
    {
        // The one-week rotation repeats four times in four weeks: 44 h × 4 / 28 days = 6.29 h a day (6.28 in whole minutes).
        var breach = Verdict.Single(Unit, TestPlans.Of(Unit, ("a1", "N N N - NL - N")));

        Assert.Equal(new Breach(RuleId.NightWorkerAverage, "a1", 0, null, "i snitt 6,28 t per døgn over fire uker fra mandag uke 1; grense 6 t"), breach);
    }
}
