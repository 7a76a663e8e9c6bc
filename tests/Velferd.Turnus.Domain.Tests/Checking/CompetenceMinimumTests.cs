using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Tests.Shared;
using static Velferd.Turnus.Domain.Competences.Competence;
using static Velferd.Turnus.Tests.Shared.TestUnits;

namespace Velferd.Turnus.Domain.Tests.Checking;

/// <summary>
/// The required minimum on site in every quarter hour, with the competence it needs: a nurse may cover
/// helsefagarbeider demand, not the other way round; awake staff may give sleeping presence, not the other way round.
/// Demand here is base staffing on Mondays only, so each employee works one shift a week (20 % of 40 h = 8 h).
/// </summary>
public sealed class CompetenceMinimumTests
{
    private static readonly TimeWindow DayShift = Window("07:00", "15:00");
    private static readonly TimeWindow LateEvening = Window("22:00", "00:00");

    /// <summary>Våken natt 22:00–08:00, 10 h: the awake twin of the sleeping night H.</summary>
    private static readonly ShiftDefinition V = Shift("V", "22:00", "08:00", ShiftCategory.Night);

    private static Unit MondayUnit(IEnumerable<BaseStaffingRule> demand, params Employee[] staff) =>
        TestUnits.Unit(staff, shifts: [.. Catalogue, V], baseStaffing: demand);

    private static BaseStaffingRule Monday(TimeWindow window, Domain.Competences.Competence competence, NightCover presence = NightCover.Awake) =>
        Base(window, competence, presence: presence, days: [Weekday.Monday]);

    [Fact]
    public void A_nurse_covers_helsefagarbeider_demand()
    {
        var unit = MondayUnit([Monday(DayShift, Helsefagarbeider)], Employee("s1", 20, Sykepleier), Employee("h1", 20));

        Verdict.Legal(unit, TestPlans.Of(unit, ("s1", "D - - - - - -"), ("h1", "- - D - - - -")));
    }

    [Fact]
    public void A_helsefagarbeider_does_not_cover_nurse_demand()
    {
        var unit = MondayUnit([Monday(DayShift, Sykepleier)], Employee("s1", 20, Sykepleier), Employee("h1", 20));
        Verdict.Legal(unit, TestPlans.Of(unit, ("s1", "D - - - - - -"), ("h1", "- - D - - - -")));

        var breach = Verdict.Single(unit, TestPlans.Of(unit, ("s1", "- - D - - - -"), ("h1", "D - - - - - -")));

        Assert.Equal(new Breach(RuleId.CompetenceMinimum, null, 0, null, "mangler 1 SPL 07:00–15:00 mandag uke 1: krav minst 1, på vakt 0"), breach);
        Assert.Equal("Forsvarlighetskravet, hol. §4; enhetens bemanningsplan", breach.Reference);
    }

    [Fact]
    public void Nurse_and_helsefagarbeider_demand_together_need_a_nurse_and_one_more()
    {
        var demand = new[] { Monday(DayShift, Sykepleier), Monday(DayShift, Helsefagarbeider) };
        var twoNurses = MondayUnit(demand, Employee("s1", 20, Sykepleier), Employee("s2", 20, Sykepleier));
        Verdict.Legal(twoNurses, TestPlans.Of(twoNurses, ("s1", "D - - - - - -"), ("s2", "D - - - - - -")));
        var nurseAndVernepleier = MondayUnit(demand, Employee("s1", 20, Sykepleier), Employee("v1", 20, Vernepleier));
        Verdict.Legal(nurseAndVernepleier, TestPlans.Of(nurseAndVernepleier, ("s1", "D - - - - - -"), ("v1", "D - - - - - -")));

        var twoHelsefagarbeidere = MondayUnit(demand, Employee("h1", 20), Employee("h2", 20));
        var breach = Verdict.Single(twoHelsefagarbeidere, TestPlans.Of(twoHelsefagarbeidere, ("h1", "D - - - - - -"), ("h2", "D - - - - - -")));

        Assert.Equal(new Breach(RuleId.CompetenceMinimum, null, 0, null, "mangler 1 SPL 07:00–15:00 mandag uke 1: krav minst 1, på vakt 0"), breach);
    }

    [Fact]
    public void A_shortfall_is_reported_once_for_the_period_it_lasts()
    {
        // Demand until 16:00, the day shift ends at 15:00: one helsefagarbeider (or a nurse or vernepleier) missing for an hour.
        var unit = MondayUnit([Monday(Window("07:00", "16:00"), Helsefagarbeider)], Employee("h1", 20));

        var breach = Verdict.Single(unit, TestPlans.Of(unit, ("h1", "D - - - - - -")));

        Assert.Equal(new Breach(RuleId.CompetenceMinimum, null, 0, null, "mangler 1 SPL/VPL/HFA 15:00–16:00 mandag uke 1: krav minst 1, på vakt 0"), breach);
    }

    [Fact]
    public void Each_week_of_the_rotation_must_be_staffed()
    {
        var unit = MondayUnit([Monday(DayShift, Helsefagarbeider)], Employee("h1", 20)) with { RotationWeeks = 2 };

        var breach = Verdict.Single(unit, TestPlans.Of(unit, ("h1", "D - - - - - - | - - D - - - -")));

        Assert.Equal(new Breach(RuleId.CompetenceMinimum, null, 7, null, "mangler 1 SPL/VPL/HFA 07:00–15:00 mandag uke 2: krav minst 1, på vakt 0"), breach);
    }

    [Fact]
    public void Sleeping_presence_is_given_by_a_sleeping_or_an_awake_night()
    {
        // V counts 10 h (25 %); H counts 10 h × 0.5 = 5 h (12.5 %).
        var demand = new[] { Monday(LateEvening, Helsefagarbeider, NightCover.Sleeping) };
        var awake = MondayUnit(demand, Employee("h1", 25));
        var sleeping = MondayUnit(demand, Employee("h1", 12.5));

        Verdict.Legal(awake, TestPlans.Of(awake, ("h1", "V - - - - - -")));
        Verdict.Legal(sleeping, TestPlans.Of(sleeping, ("h1", "H - - - - - -")));
    }

    [Fact]
    public void A_sleeping_night_does_not_give_awake_presence()
    {
        var unit = MondayUnit([Monday(LateEvening, Helsefagarbeider)], Employee("h1", 12.5));

        var breach = Verdict.Single(unit, TestPlans.Of(unit, ("h1", "H - - - - - -")));

        Assert.Equal(new Breach(RuleId.CompetenceMinimum, null, 0, null, "mangler 1 SPL/VPL/HFA 22:00–24:00 mandag uke 1: krav minst 1, på vakt 0"), breach);
    }

    [Fact]
    public void Awake_and_sleeping_presence_together_need_two()
    {
        var demand = new[] { Monday(LateEvening, Helsefagarbeider), Monday(LateEvening, Helsefagarbeider, NightCover.Sleeping) };
        var both = MondayUnit(demand, Employee("h1", 25), Employee("h2", 12.5));
        Verdict.Legal(both, TestPlans.Of(both, ("h1", "V - - - - - -"), ("h2", "H - - - - - -")));

        var oneAwake = MondayUnit(demand, Employee("h1", 25));
        var breach = Verdict.Single(oneAwake, TestPlans.Of(oneAwake, ("h1", "V - - - - - -")));

        Assert.Equal(new Breach(RuleId.CompetenceMinimum, null, 0, null, "mangler 1 SPL/VPL/HFA 22:00–24:00 mandag uke 1: krav minst 2, på vakt 1"), breach);
    }
}
