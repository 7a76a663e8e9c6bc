using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Solver.Modelling;
using Velferd.Turnus.Solver.Turnus;

namespace Velferd.Turnus.Solver.Tests.Turnus;

/// <summary>Vacancies every legal plan fills, proved by the aggregate relaxation, and posted as filled.</summary>
public sealed class NeededVacanciesTests
{
    private static readonly PlanOptions Options = new() { TimeLimit = TimeSpan.FromSeconds(20), Workers = 2, Seed = 1 };
    private static readonly CpSatRunner Runner = new();

    [Fact]
    public void A_vacancy_the_minimum_staffing_cannot_do_without_is_proved_needed()
    {
        var unit = VacancyUnits.Needing();
        var demand = DemandEngine.Build(unit);
        var model = TurnusModel.Build(unit, demand, Options);

        var needed = NeededVacancies.Prove(model.Context.People, unit, demand, Options, Runner, TimeSpan.FromSeconds(10), CancellationToken.None);

        Assert.Equal(["v1"], needed.Select(person => person.Id));
    }

    [Fact]
    public void Nothing_is_proved_once_the_budget_is_spent()
    {
        var unit = VacancyUnits.Needing();
        var demand = DemandEngine.Build(unit);
        var model = TurnusModel.Build(unit, demand, Options);

        Assert.Empty(NeededVacancies.Prove(model.Context.People, unit, demand, Options, Runner, TimeSpan.Zero, CancellationToken.None));
    }

    [Fact]
    public void A_vacancy_the_unit_can_do_without_is_not()
    {
        var unit = VacancyUnits.Spare();
        var demand = DemandEngine.Build(unit);
        var model = TurnusModel.Build(unit, demand, Options);

        Assert.Empty(NeededVacancies.Prove(model.Context.People, unit, demand, Options, Runner, TimeSpan.FromSeconds(10), CancellationToken.None));
    }

    [Fact]
    public void A_needed_vacancy_is_posted_as_filled()
    {
        var unit = VacancyUnits.Spare();
        var model = TurnusModel.Build(unit, DemandEngine.Build(unit), Options);
        var vacancy = model.Context.People.Single(person => person.IsVacancy);

        NeededVacancies.Fill(model.Context, [vacancy]);
        model.Model.AddBoolOr([model.Context.Sizes.Filled(vacancy.Index)!.Not()]);

        Assert.Equal(SolveStatus.Infeasible, Runner.Solve(model.Model, new SolveOptions(TimeSpan.FromSeconds(20), 2, 1)).Status);
    }

    [Fact]
    public void The_search_does_not_try_to_empty_a_needed_vacancy()
    {
        var unit = VacancyUnits.Spare();
        var model = TurnusModel.Build(unit, DemandEngine.Build(unit), Options);
        var vacancy = model.Context.People.Single(person => person.IsVacancy);
        var incumbent = new long[model.Model.Model.Variables.Count];
        incumbent[model.Context.Sizes.Steps(vacancy.Index)!.GetIndex()] = 10; // filled at 50 %
        int PinnedMoves() => Enumerable.Range(0, 10)
            .Count(call => TurnusNeighbourhoods.All(model.Context).Single(kind => kind.Name == "sized position") is var kind
                && Enumerable.Range(0, 2).Any(_ => kind.Next(new Random(call), incumbent, 0.5).Pinned is not null));
        Assert.Equal(10, PinnedMoves()); // a vacancy the unit can do without is emptied every other move

        NeededVacancies.Fill(model.Context, [vacancy]);

        Assert.Equal(0, PinnedMoves());
    }

    [Fact]
    public void The_solver_plans_a_unit_with_a_needed_vacancy_legally_and_its_bound_stays_below_the_plan()
    {
        var solve = CheckedSolve.Of(VacancyUnits.Needing(), Options with { TimeLimit = TimeSpan.FromSeconds(10) });

        solve.AssertEveryPlanLegal();
        Assert.True(solve.Result.Plan!.Positions.Single(position => position.IsVacancy).Stillingsprosent > 0);
        Assert.True(solve.Result.BoundNok <= solve.Result.ObjectiveNok + 0.01, $"bound {solve.Result.BoundNok} above plan {solve.Result.ObjectiveNok}");
    }
}
