using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Solver.Modelling;
using Velferd.Turnus.Solver.Turnus;

namespace Velferd.Turnus.Solver.Tests.Turnus;

/// <summary>The second first plan, with every vacancy not proved needed left unfilled, that the solver starts from when it is cheaper.</summary>
public sealed class VacancyFreeStartTests
{
    private static readonly PlanOptions Options = new() { TimeLimit = TimeSpan.FromSeconds(20), Workers = 2, Seed = 1 };
    private static readonly SolveOptions Solve = new(Options.TimeLimit, Options.Workers, Options.Seed);
    private static readonly CpSatRunner Runner = new();

    [Fact]
    public void A_vacancy_the_unit_can_do_without_is_left_unfilled()
    {
        var unit = VacancyUnits.Spare();
        var demand = DemandEngine.Build(unit);
        var first = FirstPlanWithVacancyAt(unit, demand, percent: 50);

        var plan = VacancyFreeStart.Find(Runner, unit, demand, Options, Solve, first, [], TimeSpan.FromSeconds(2), CancellationToken.None);

        Assert.NotNull(plan);
        Assert.Equal(new PlanPosition("v1", 0, true), plan.Positions.Single(position => position.IsVacancy));
        Assert.DoesNotContain(plan.Assignments, assignment => assignment.EmployeeId == "v1");
        var check = PlanChecker.Check(unit, plan, demand);
        Assert.True(check.IsLegal, string.Join("\n", check.Breaches));
    }

    [Fact]
    public void Without_a_proof_a_vacancy_the_minimum_staffing_needs_is_kept_after_the_cap()
    {
        var unit = VacancyUnits.Needing();
        var demand = DemandEngine.Build(unit);
        var first = FirstPlanSearch.Run(Runner, unit, demand, Options, Solve, CancellationToken.None);
        Assert.True(first.Legal);
        var check = PlanChecker.Check(unit, first.Plan!, demand);
        Assert.True(check.IsLegal, string.Join("\n", check.Breaches));
        Assert.True(first.Plan!.Positions.Single(position => position.IsVacancy).Stillingsprosent > 0);

        var plan = VacancyFreeStart.Find(Runner, unit, demand, Options, Solve, first.Plan, [], TimeSpan.FromSeconds(2), CancellationToken.None);

        Assert.Null(plan);
    }

    [Fact]
    public void A_first_plan_that_fills_no_vacancy_needs_no_second()
    {
        var unit = VacancyUnits.Spare();
        var demand = DemandEngine.Build(unit);
        var first = FirstPlanWithVacancyAt(unit, demand, percent: 0);

        Assert.Null(VacancyFreeStart.Find(Runner, unit, demand, Options, Solve, first, [], TimeSpan.FromSeconds(2), CancellationToken.None));
    }

    [Fact]
    public void A_vacancy_proved_needed_is_not_emptied()
    {
        var unit = VacancyUnits.Spare();
        var demand = DemandEngine.Build(unit);
        var first = FirstPlanWithVacancyAt(unit, demand, percent: 50);
        var vacancy = new TurnusModelContext(unit, demand, Options, RuleGuards.Off).People.Single(person => person.IsVacancy);

        Assert.Null(VacancyFreeStart.Find(Runner, unit, demand, Options, Solve, first, [vacancy], TimeSpan.FromSeconds(2), CancellationToken.None));
    }

    /// <summary>A legal first plan in which the vacancy has the given size, from the relaxed first-plan model.</summary>
    private static Plan FirstPlanWithVacancyAt(Domain.Units.Unit unit, StaffingCurve demand, double percent)
    {
        var outcome = FirstPlanSearch.Stage(Runner, unit, demand, Options, ModelPurpose.FirstPlan, null, Solve,
            System.Diagnostics.Stopwatch.StartNew(), CancellationToken.None,
            context => context.Model.Add(context.Sizes.Steps(context.People.Single(person => person.IsVacancy).Index)! == (long)(percent / context.Sizes.StepPercent)));
        Assert.True(outcome.Legal);
        Assert.Equal(percent, outcome.Plan!.Positions.Single(position => position.IsVacancy).Stillingsprosent);
        return outcome.Plan;
    }
}
