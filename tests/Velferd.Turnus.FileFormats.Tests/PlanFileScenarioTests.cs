using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.FileFormats.Plans;
using Velferd.Turnus.FileFormats.Units;
using Velferd.Turnus.Tests.Shared;

namespace Velferd.Turnus.FileFormats.Tests;

/// <summary>plan.json keeps the scenario a plan was made under, so `turnus check` can judge it the same way.</summary>
public sealed class PlanFileScenarioTests
{
    private static readonly Domain.Units.Unit Unit = UnitFileReader.ReadFile(RepositoryRoot.File("samples", "bofellesskap-solsiden.json")).Unit!;

    [Fact]
    public void A_scenario_is_written_and_read_back()
    {
        var plan = new Plan(Unit.Id, 6, [new PlanPosition("a01", 100, false)], [new ShiftAssignment("a01", 0, "D")])
        {
            Scenario = new PlanScenario(HelgefrekvensForAll: 2, LongShiftsForAll: true),
        };

        var json = PlanFile.Write(plan, "test");
        var read = PlanFile.Parse(json, "plan.json", Unit);

        Assert.Empty(read.Issues);
        Assert.Equal(plan.Scenario, read.Plan!.Scenario);
        Assert.Contains("\"helgefrekvensForAll\": 2", json);
    }

    [Fact]
    public void A_plan_without_a_scenario_reads_as_none()
    {
        var plan = new Plan(Unit.Id, 6, [new PlanPosition("a01", 100, false)], []);

        var read = PlanFile.Parse(PlanFile.Write(plan, "test"), "plan.json", Unit);

        Assert.Equal(PlanScenario.None, read.Plan!.Scenario);
    }
}
