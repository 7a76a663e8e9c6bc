using System.Globalization;
using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Tests.Shared;
using static Velferd.Turnus.Tests.Shared.TestUnits;

namespace Velferd.Turnus.Domain.Tests.Checking;

public sealed class RosterIntegrityTests
{
    // 80 % of a 40-hour week is four 8-hour days.
    private static readonly Unit Unit = TestUnits.Unit([Employee("a1", 80)]);
    private const string Week = "D D D D - - -";

    [Fact]
    public void A_plan_of_known_people_and_shifts_is_whole() =>
        Verdict.Legal(Unit, TestPlans.Of(Unit, ("a1", Week)));

    [Theory]
    [InlineData("x", 5, "D", "ukjent ansatt 'x'")]
    [InlineData("a1", 5, "Q", "ukjent vaktkode 'Q' for a1")]
    [InlineData("a1", 7, "D", "dag 7 er utenfor turnusen (0–6) for a1")]
    [InlineData("a1", 0, "A", "a1 har to vakter dag 1")]
    public void An_assignment_that_cannot_be_placed_is_reported_and_left_out(string person, int day, string code, string message)
    {
        var plan = TestPlans.Of(Unit, ("a1", Week));
        plan = plan with { Assignments = [.. plan.Assignments, new ShiftAssignment(person, day, code)] };

        Assert.Equal(new Breach(RuleId.RosterIntegrity, null, null, null, message), Verdict.Single(Unit, plan));
    }

    [Fact]
    public void A_position_beyond_the_wished_size_is_reported_and_the_contract_kept()
    {
        var plan = TestPlans.Of(Unit, [new PlanPosition("a1", 90, false)], ("a1", Week));

        var breach = Verdict.Single(Unit, plan);

        Assert.Equal(new Breach(RuleId.RosterIntegrity, null, null, null, "a1 har 90 % i planen, men stillingen er 80 % (kan bare økes til ønsket 80 %)"), breach);
        Assert.Equal("Turnusfilen", breach.Reference);
    }

    [Fact]
    public void Sizes_are_written_with_a_decimal_comma_whatever_the_machine_culture()
    {
        var plan = TestPlans.Of(Unit, [new PlanPosition("a1", 87.5, false)], ("a1", Week));
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");
        try
        {
            Assert.Equal("a1 har 87,5 % i planen, men stillingen er 80 % (kan bare økes til ønsket 80 %)", Verdict.Single(Unit, plan).Message);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}
