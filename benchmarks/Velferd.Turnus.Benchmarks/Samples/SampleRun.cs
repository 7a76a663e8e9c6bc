using Velferd.Turnus.Domain.Kpis;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Solver.Modelling;
using Velferd.Turnus.Solver.Turnus;

namespace Velferd.Turnus.Benchmarks.Samples;

/// <summary>One sample solved at one time limit, with the checker's verdict and the key figures of the plan.</summary>
public sealed record SampleRun(
    string Sample,
    UnitKind Kind,
    int People,
    int Weeks,
    double TimeLimit,
    SolveStatus Status,
    double? Objective,
    double Bound,
    double? Gap,
    double? FirstPlanSeconds,
    double? BestSeconds,
    int Improvements,
    int Breaches,
    double? Coverage,
    double? CostPerYear,
    int Variables)
{
    public static SampleRun Of(string sample, Unit unit, double limit, TurnusResult result)
    {
        var kpis = result.Plan is { } plan ? KpiCalculator.Calculate(unit, plan) : null;
        return new SampleRun(sample, unit.Kind, result.Size.People, result.Size.Days / 7, limit, result.Status, result.ObjectiveNok, result.BoundNok,
            result.Gap, result.TimeToFirstSolution?.TotalSeconds, result.TimeToBest?.TotalSeconds, result.ImprovingSolutions,
            result.Check?.Breaches.Count ?? 0, kpis?.CoverageShare, kpis?.CostPerYear.Total, result.Size.Variables);
    }

    public string Describe() =>
        $"{Status}: objective {Objective:0} bound {Bound:0} gap {Gap:P1} first plan {FirstPlanSeconds:0.0} s best {BestSeconds:0.0} s breaches {Breaches}";
}
