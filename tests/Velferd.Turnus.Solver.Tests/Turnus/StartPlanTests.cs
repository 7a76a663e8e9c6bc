using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.FileFormats.Units;
using Velferd.Turnus.Solver.Turnus;
using Velferd.Turnus.Tests.Shared;

namespace Velferd.Turnus.Solver.Tests.Turnus;

/// <summary>A solve can start from a plan: a resumed job's best, or the roster a unit has today.</summary>
public sealed class StartPlanTests
{
    private static readonly Domain.Units.Unit Unit = UnitFileReader.Parse(TestUnitFiles.Json("start", employees: 6, weeks: 4), "start.json").Unit!;
    private static readonly PlanOptions Quick = new() { TimeLimit = TimeSpan.FromSeconds(4), Workers = 2, Seed = 1 };

    /// <summary>One solve from scratch, shared by the tests (they run one after another).</summary>
    private static readonly Lazy<CheckedSolve> First = new(() => CheckedSolve.Of(Unit, Quick));

    [Fact]
    public void A_legal_start_plan_is_never_made_worse()
    {
        var first = First.Value;
        first.AssertEveryPlanLegal();

        // Half a second would not find a plan this good from scratch; from the start plan it can only improve on it.
        var again = CheckedSolve.Of(Unit, Quick with { StartPlan = first.Result.Plan, TimeLimit = TimeSpan.FromSeconds(0.5) });

        again.AssertEveryPlanLegal();
        Assert.True(again.Result.ObjectiveNok <= first.Result.ObjectiveNok + 1e-6,
            $"started from {first.Result.ObjectiveNok:0} kr, ended at {again.Result.ObjectiveNok:0} kr");
    }

    [Fact]
    public void A_start_plan_that_breaks_a_rule_only_guides_the_search_to_a_legal_plan()
    {
        var plan = First.Value.Result.Plan!;
        // Everybody works the first day: someone's contract and daily rest will not hold.
        var crowded = plan with
        {
            Assignments = [.. plan.Assignments.Where(a => a.Day != 0), .. plan.Positions.Select(p => new ShiftAssignment(p.EmployeeId, 0, "D"))],
        };
        Assert.False(Domain.Checking.PlanChecker.Check(Unit, crowded).IsLegal);

        var again = CheckedSolve.Of(Unit, Quick with { StartPlan = crowded });

        again.AssertEveryPlanLegal();
        Assert.NotNull(again.Result.Plan);
    }

    [Fact]
    public void A_start_plan_for_other_weeks_people_scenario_or_sizes_is_named_as_not_fitting()
    {
        var plan = First.Value.Result.Plan!;
        string? Mismatch(Plan candidate, PlanOptions options) => StartPlans.Prepare(candidate, Unit, options).Mismatch;

        Assert.Null(Mismatch(plan, Quick));
        Assert.Equal("the plan has 4 weeks, the rotation 6", Mismatch(plan, Quick with { Weeks = 6 }));
        Assert.Contains("another scenario", Mismatch(plan, Quick with { HelgefrekvensForAll = 3 }));
        Assert.Equal("the plan has no row for e1", Mismatch(plan with { Positions = plan.Positions.Where(p => p.EmployeeId != "e1").ToList() }, Quick));
        var grown = plan.Positions.Select(p => p.EmployeeId == "e2" ? p with { Stillingsprosent = 90 } : p).ToList();
        Assert.Equal("e2 has 90 %, this plan allows 100 %", Mismatch(plan with { Positions = grown }, Quick));
        var oddVacancy = plan.Positions.Select(p => p.EmployeeId == "v1" ? p with { Stillingsprosent = 42 } : p).ToList();
        Assert.Equal("v1 has 42 %, this plan allows 0–100 % in steps of 5 %", Mismatch(plan with { Positions = oddVacancy }, Quick));
    }

    [Fact]
    public void A_roster_without_rows_for_vacancies_leaves_them_unfilled()
    {
        var plan = First.Value.Result.Plan!;
        var withoutVacancy = plan with
        {
            Positions = plan.Positions.Where(p => !p.IsVacancy).ToList(),
            Assignments = plan.Assignments.Where(a => a.EmployeeId != "v1").ToList(),
        };

        var (prepared, mismatch) = StartPlans.Prepare(withoutVacancy, Unit, Quick);

        Assert.Null(mismatch);
        Assert.Equal(new PlanPosition("v1", 0, true), prepared!.Positions.Single(p => p.EmployeeId == "v1"));
    }
}
