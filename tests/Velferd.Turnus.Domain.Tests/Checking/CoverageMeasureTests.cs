using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Checking.Measures;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Tests.Shared;
using static Velferd.Turnus.Domain.Competences.Competence;
using static Velferd.Turnus.Tests.Shared.TestUnits;

namespace Velferd.Turnus.Domain.Tests.Checking;

/// <summary>Uncovered and surplus staff-hours against the desired demand, per competence, worked out by hand.</summary>
public sealed class CoverageMeasureTests
{
    private const double Precision = 1e-9;
    private static readonly TimeWindow Morning = Window("08:00", "15:00");

    [Fact]
    public void Uncovered_and_surplus_hours_of_a_vedtak()
    {
        // 14 h a week over 08:00–16:00 every day (56 h of window) is a quarter person; at a direct-time share of 0.5,
        // half a person is desired: 28 staff-hours a week. D 07:00–15:00 Monday to Thursday covers 08:00–15:00 of four days.
        var unit = TestUnits.Unit([Employee("a1", 80)], vedtak: [Vedtak(14, Window("08:00", "16:00"))], directTimeShare: 0.5);

        var coverage = Verdict.Legal(unit, TestPlans.Of(unit, ("a1", "D D D D - - -"))).Coverage;

        Assert.Equal(28, coverage.DemandStaffHours, Precision);
        // Uncovered: 15:00–16:00 on four days (4 × 1 h × ½) and 08:00–16:00 Friday to Sunday (3 × 8 h × ½).
        Assert.Equal(2 + 12, coverage.UncoveredStaffHours, Precision);
        Assert.Equal(14, coverage.UncoveredByCompetence[Helsefagarbeider], Precision);
        Assert.Equal(0, coverage.UncoveredByCompetence[Sykepleier], Precision);
        // Surplus: a whole person 07:00–08:00 and half a person 08:00–15:00, on four days.
        Assert.Equal(4 * (1 + 3.5), coverage.SurplusStaffHours, Precision);
        Assert.Equal(0.5, coverage.CoverageShare, Precision);
        Assert.Equal(4 * 4 + 3 * 32, coverage.Deficits.Count);
        Assert.All(coverage.Deficits, deficit => Assert.Equal(0.5, deficit.Staff, Precision));
    }

    [Theory]
    [InlineData(Sykepleier, Helsefagarbeider, 0)]
    [InlineData(Sykepleier, Sykepleier, 0)]
    [InlineData(Vernepleier, Helsefagarbeider, 7)]
    [InlineData(Helsefagarbeider, Helsefagarbeider, 7)]
    public void A_nurse_covers_helsefagarbeider_demand_but_not_the_other_way(Domain.Competences.Competence first, Domain.Competences.Competence second, double nurseHoursUncovered)
    {
        // One nurse and one helsefagarbeider desired 08:00–15:00 on Monday: 3.5 h of a 7-hour window is half a person,
        // doubled by the direct-time share of 0.5. Two staff work D that Monday.
        var unit = TestUnits.Unit([Employee("p1", 20, first), Employee("p2", 20, second)], directTimeShare: 0.5, vedtak:
        [
            Vedtak(3.5, Morning, Sykepleier, days: [Weekday.Monday]),
            Vedtak(3.5, Morning, Helsefagarbeider, days: [Weekday.Monday]),
        ]);

        var coverage = PlanChecker.Check(unit, TestPlans.Of(unit, ("p1", "D - - - - - -"), ("p2", "D - - - - - -"))).Coverage;

        Assert.Equal(nurseHoursUncovered, coverage.UncoveredByCompetence[Sykepleier], Precision);
        Assert.Equal(0, coverage.UncoveredByCompetence[Helsefagarbeider], Precision);
    }

    [Fact]
    public void Serving_the_least_flexible_demand_first_gives_the_smallest_shortfall()
    {
        // Demand: one SPL, one HFA, one ASS. Staff: one SPL, one HFA, one SRV. The SRV can do none of it; the HFA must
        // take the HFA demand (not the ASS demand), so only the assistent demand is short.
        var demand = new double[] { 1, 0, 1, 1, 0 };
        var supply = new double[] { 1, 0, 1, 0, 1 };

        var (shortfall, leftover) = CoverageAllocation.Allocate(demand, supply);

        Assert.Equal(new double[] { 0, 0, 0, 1, 0 }, shortfall);
        Assert.Equal(1, leftover);
    }

    [Fact]
    public void Sleeping_presence_is_met_by_whoever_is_on_site()
    {
        var window = Window("23:00", "07:00");
        var unit = TestUnits.Unit([Employee("a1", 20)], baseStaffing: [Base(window, Helsefagarbeider, presence: Domain.Units.NightCover.Sleeping, days: [Weekday.Monday])]);

        var awakeNight = PlanChecker.Check(unit, TestPlans.Of(unit, ("a1", "N - - - - - -"))).Coverage;
        var nobody = PlanChecker.Check(unit, TestPlans.Of(unit, ("a1", "- - D - - - -"))).Coverage;

        Assert.Equal(8, awakeNight.DemandStaffHours, Precision);
        Assert.Equal(0, awakeNight.UncoveredStaffHours, Precision);
        Assert.Equal(8, nobody.UncoveredByCompetence[Helsefagarbeider], Precision);
    }
}
