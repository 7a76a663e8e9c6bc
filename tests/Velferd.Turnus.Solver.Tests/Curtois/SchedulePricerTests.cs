using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Benchmarks.Curtois;
using Velferd.Turnus.Solver.Curtois;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Tests.Curtois;

/// <summary>
/// The column-generation bound is only valid if the pricer is exact: its cheapest schedule must cost
/// what CP-SAT finds optimal on the one-employee model, and every schedule it returns must be legal.
/// </summary>
public sealed class SchedulePricerTests
{
    [Theory]
    [InlineData(3, HorizonEnds.Open)]
    [InlineData(7, HorizonEnds.Open)]
    [InlineData(12, HorizonEnds.Open)]
    [InlineData(14, HorizonEnds.Open)]
    [InlineData(5, HorizonEnds.OffOutside)]
    public void Finds_the_cheapest_legal_schedule(int number, HorizonEnds ends)
    {
        var instance = SharedInstances.Read(number);
        var random = new Random(number);
        for (var trial = 0; trial < 4; trial++)
        {
            var employee = random.Next(instance.Staff.Count);
            var cost = new double[instance.HorizonDays, instance.Shifts.Count];
            for (var d = 0; d < instance.HorizonDays; d++)
            {
                for (var s = 0; s < instance.Shifts.Count; s++) cost[d, s] = random.Next(-6, 4);
            }

            var schedules = new SchedulePricer(instance, employee, ends).Cheapest(cost, 3);

            var alone = instance with { Staff = [instance.Staff[employee]], ShiftOnRequests = [], ShiftOffRequests = [], Cover = [] };
            Assert.Equal(CheapestByCpSat(alone, cost, ends), schedules[0].Cost);
            Assert.All(schedules, s => Assert.Empty(RosterEvaluator.Evaluate(alone, Roster.FromRows([s.Shifts]), ends).Breaches));
            Assert.Equal(schedules.OrderBy(s => s.Cost).Select(s => s.Cost), schedules.Select(s => s.Cost));
        }
    }

    private static double CheapestByCpSat(CurtoisInstance alone, double[,] cost, HorizonEnds ends)
    {
        var model = CurtoisModel.Build(alone, new CurtoisModelOptions(HorizonEnds: ends));
        var literals = new List<ILiteral>();
        var weights = new List<long>();
        for (var d = 0; d < alone.HorizonDays; d++)
        {
            for (var s = 0; s < alone.Shifts.Count; s++)
            {
                if (model.Assignment(0, d, s) is not { } x) continue;
                literals.Add(x);
                weights.Add((long)cost[d, s]);
            }
        }
        model.Model.Minimize(LinearExpr.WeightedSum(literals, weights));
        var report = new CpSatRunner().Solve(model.Model, new SolveOptions(TimeSpan.FromSeconds(60), 2));
        Assert.Equal(SolveStatus.Optimal, report.Status);
        return report.Objective!.Value;
    }
}
