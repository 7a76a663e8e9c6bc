using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Solver.Turnus;
using Velferd.Turnus.Tests.Shared;
using static Velferd.Turnus.Tests.Shared.TestUnits;

namespace Velferd.Turnus.Solver.Tests.Turnus;

/// <summary>The costly-days neighbourhood sees where the money goes: each day's coverage cost, summed, is the coverage part of the objective.</summary>
public sealed class DayCostsTests
{
    [Fact]
    public void Days_share_the_vikar_and_surplus_costs_without_loss()
    {
        // 56 vedtak hours a week in 07–15 at 65 % direct time: about 1.5 staff wanted each day, one required. The two
        // workers can give the one a day (5 + 2 shifts a week), so every day pays vikar for the rest.
        var unit = TestUnits.Unit(
            [Employee("a1", 100), Employee("a2", 40)],
            shifts: [D],
            vedtak: [Vedtak(56, Window("07:00", "15:00"))],
            weeks: 2);
        var model = TurnusModel.Build(unit, DemandEngine.Build(unit), new PlanOptions { Workers = 2, Seed = 1 });
        var solver = new CpSolver { StringParameters = "max_time_in_seconds:30 num_workers:2" };

        Assert.Equal(CpSolverStatus.Optimal, solver.Solve(model.Model));

        var days = model.Context.DayCosts.In(solver.Response!.Solution);
        var coverage = solver.Value(model.Context.Objective.ForRule("vikar") + model.Context.Objective.ForRule("overdekning"));
        Assert.Equal(model.Context.Days, days.Length);
        Assert.Equal(coverage, days.Sum());
        Assert.All(days, cost => Assert.True(cost > 0));
    }
}
