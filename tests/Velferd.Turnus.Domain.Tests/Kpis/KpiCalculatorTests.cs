using Velferd.Turnus.Domain.Kpis;
using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Tests.Shared;
using static Velferd.Turnus.Domain.Competences.Competence;
using static Velferd.Turnus.Tests.Shared.TestUnits;

namespace Velferd.Turnus.Domain.Tests.Kpis;

/// <summary>
/// Key figures worked out by hand from the ks-2025 cost profile: HFA wage NOK 560 000, social costs 30 %,
/// evening/night supplement NOK 70 an hour 17–06, weekend supplement NOK 65 an hour, HFA vikar NOK 480 and agency
/// NOK 800 an hour, overtime +50 %; the test units have a 40-hour full-time week.
/// </summary>
public sealed class KpiCalculatorTests
{
    private const double Precision = 1e-6;

    [Fact]
    public void Cost_split_of_one_full_time_helsefagarbeider()
    {
        // D Mon, D Tue, A Wed (17–23: 6 h evening), N Thu (23–06: 7 h night), D Sat (8 weekend hours): 40 h.
        // Uncovered: a helsefagarbeider desired 08:00–15:00 on Sundays (3.5 h over 7 h, doubled by the 0.5 share): 7 h a week.
        var unit = TestUnits.Unit([Employee("a1", 100)], directTimeShare: 0.5,
            vedtak: [Vedtak(3.5, Window("08:00", "15:00"), days: [Weekday.Sunday])]);
        var plan = TestPlans.Of(unit, ("a1", "D D A N - D -"));

        var kpis = KpiCalculator.Calculate(unit, plan);

        var cost = kpis.CostPerWeek;
        Assert.Equal(560_000 * 1.3 / 52, cost.BasePay, Precision);             // 14 000
        Assert.Equal((6 + 7) * 70 * 1.3, cost.EveningNightSupplement, Precision); // 1 183
        Assert.Equal(8 * 65 * 1.3, cost.WeekendSupplement, Precision);           // 676
        Assert.Equal(7 * 480, cost.Vikar, Precision);                             // 3 360
        Assert.Equal(0, cost.Overtime);
        Assert.Equal(14_000 + 1_183 + 676 + 3_360, cost.Total, Precision);
        Assert.Equal(52 * cost.Total, kpis.CostPerYear.Total, Precision);
        // Covering the 7 h otherwise: overtime at 560 000 / (40 × 52) × 1.3 × 1.5 = 525 an hour, or agency at 800.
        Assert.Equal(7 * 525, kpis.UncoveredCostAlternativesPerWeek.Overtime, Precision);
        Assert.Equal(7 * 800, kpis.UncoveredCostAlternativesPerWeek.Agency, Precision);
        Assert.Equal(7, kpis.UncoveredHoursPerWeekByCompetence[Helsefagarbeider], Precision);
        Assert.Equal(0, kpis.CoverageShare, Precision);
        Assert.Equal(("ks-2025", 2025), (kpis.CostProfileId, kpis.CostProfileYear));

        var person = Assert.Single(kpis.People);
        Assert.Equal((40.0, 8.0, 13.0, 1, 1, 1, false),
            (person.HoursPerWeek, person.WeekendHoursPerWeek, person.EveningNightHoursPerWeek, person.WeekendsWorked,
                person.EveningShifts, person.NightShifts, person.IsHelgestilling));
    }

    [Fact]
    public void Heltid_share_and_helgestillinger()
    {
        var unit = TestUnits.Unit(
            [
                Employee("f1", 100),
                Employee("f2", 100),
                Employee("p1", 80, desired: 100),
                Employee("w1", 40),  // Saturday and Sunday: all 16 h at the weekend
                Employee("w2", 40),  // Thursday and Friday: no weekend hours
                Employee("w3", 45),  // weekend only, but a position above 40 %
                Employee("w4", 30),  // Friday and Saturday: 8 of 16 h at the weekend, exactly half
                Employee("w5", 40),  // Thursday and the Friday night: 7 of 16 h (Saturday 00–07), under half
            ],
            vacancies: [new Vacancy("ledig", Helsefagarbeider, 0, 100, 3, NightWork.Yes, false), new Vacancy("tom", Helsefagarbeider, 0, 100, 3, NightWork.Yes, false)]);
        var plan = TestPlans.Of(unit, [new PlanPosition("ledig", 60, true), new PlanPosition("tom", 0, true)],
            ("f1", "D D D D D - -"), ("f2", "A A A A A - -"), ("p1", "D D D D - - -"),
            ("w1", "- - - - - D D"), ("w2", "- - - D D - -"), ("w3", "- - - - - D D"), ("w4", "- - - - D D -"), ("w5", "- - - D N - -"),
            ("ledig", "D D D - - - -"));

        var kpis = KpiCalculator.Calculate(unit, plan);

        // Staff: eight employees and the vacancy at 60 % (the 0 % one is left out); two of nine work full time.
        Assert.Equal(9, kpis.StaffCount);
        Assert.Equal(2, kpis.FullTimeCount);
        Assert.Equal(2.0 / 9, kpis.HeltidShare, Precision);
        Assert.Equal((100 + 100 + 80 + 40 + 40 + 45 + 30 + 40 + 60) / 100.0, kpis.FullTimeEquivalents, Precision);
        Assert.Equal((100 + 100 + 80 + 40 + 40 + 45 + 30 + 40 + 60) / 9.0, kpis.AveragePositionPercent, Precision);
        Assert.Equal(["w1", "w4"], kpis.People.Where(person => person.IsHelgestilling).Select(person => person.EmployeeId));
        Assert.Equal(2, kpis.Helgestillinger);
        Assert.Equal(7, kpis.People.Single(person => person.EmployeeId == "w5").WeekendHoursPerWeek, Precision);
        // Uønsket deltid is an employee's wish for more; the vacancy's room to grow is not.
        Assert.Equal(1, kpis.UnwantedPartTimeCount);
        Assert.True(kpis.People.Single(person => person.EmployeeId == "ledig").IsVacancy);
    }
}
