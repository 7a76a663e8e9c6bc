using Velferd.Turnus.Domain.Benchmarks.Curtois;
using Velferd.Turnus.Solver.Curtois;

namespace Velferd.Turnus.Solver.Tests.Curtois;

/// <summary>A year-long horizon with 150 staff must read and build without quadratic structures.</summary>
public sealed class LargeInstanceTests
{
    [Fact]
    public void A_364_day_150_staff_instance_builds_a_model_of_linear_size()
    {
        var instance = CurtoisReader.Parse(SyntheticInstance.Generate(364, 150), "synthetic");

        var model = CurtoisModel.Build(instance);

        var assignments = Enumerable.Range(0, instance.Staff.Count).Sum(e =>
            Enumerable.Range(0, instance.HorizonDays).Sum(d => Enumerable.Range(0, instance.Shifts.Count).Count(s => model.Assignment(e, d, s) is not null)));
        var variables = model.Model.Model.Variables.Count;
        Assert.InRange(assignments, 150 * 330 * 3, 150 * 364 * 4);
        // Auxiliary variables (days off, block starts and stops, weekends, cover slack) stay a small multiple of the assignments.
        Assert.InRange(variables, assignments, 3 * assignments);
        Assert.InRange(GC.GetTotalMemory(forceFullCollection: true), 0, 2L * 1024 * 1024 * 1024);
    }

    [Fact]
    public void The_schedule_pricer_handles_a_year_long_horizon()
    {
        var instance = CurtoisReader.Parse(SyntheticInstance.Generate(364, 3), "synthetic");
        var cost = new double[instance.HorizonDays, instance.Shifts.Count];
        for (var d = 0; d < instance.HorizonDays; d++) cost[d, d % instance.Shifts.Count] = -1;

        var schedules = new SchedulePricer(instance, 0, HorizonEnds.Open).Cheapest(cost, 1);

        var alone = instance with { Staff = [instance.Staff[0]], ShiftOnRequests = [], ShiftOffRequests = [], Cover = [] };
        var schedule = Assert.Single(schedules);
        Assert.Empty(RosterEvaluator.Evaluate(alone, Roster.FromRows([schedule.Shifts])).Breaches);
    }
}
