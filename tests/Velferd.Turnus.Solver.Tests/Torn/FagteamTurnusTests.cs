using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Torn.Districts;
using Velferd.Turnus.Solver.Turnus;

namespace Velferd.Turnus.Solver.Tests.Torn;

/// <summary>The fagteam gets its own turnus: its demand curve, planned as a unit of its own, passes the plan checker.</summary>
public sealed class FagteamTurnusTests(SampleDistrictResult sample) : IClassFixture<SampleDistrictResult>
{
    [Fact]
    public void The_fagteam_unit_carries_the_fagteam_curve_as_base_staffing()
    {
        var split = sample.Result.Split!;
        var unit = FagteamUnit.Build(sample.District.Fagteam, split.FagteamCurve);

        var demand = DemandEngine.Build(unit);

        for (var slot = 0; slot < SlotGrid.SlotsPerWeek; slot++)
            Assert.Equal(split.Schedule.OnDutyCount(slot), demand.Required(slot, sample.District.Fagteam.Competence));
        Assert.Equal(sample.District.Fagteam.Positions, unit.Vacancies.Count);
    }

    [Fact]
    public void The_fagteam_turnus_is_planned_and_legal()
    {
        var split = sample.Result.Split!;
        var unit = FagteamUnit.Build(sample.District.Fagteam, split.FagteamCurve);

        var result = TurnusSolver.Solve(unit, split.FagteamCurve, new PlanOptions { TimeLimit = TimeSpan.FromSeconds(30), Workers = 2, Seed = 1 });

        Assert.True(result.HasPlan, $"no plan: {result.Status} {result.Explanation?.Summary}");
        var check = PlanChecker.Check(unit, result.Plan!, split.FagteamCurve);
        Assert.True(check.IsLegal, string.Join("\n", check.Breaches));
    }
}
