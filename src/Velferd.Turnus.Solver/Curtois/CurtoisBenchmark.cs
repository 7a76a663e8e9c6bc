using Velferd.Turnus.Domain.Benchmarks.Curtois;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Curtois;

/// <summary>Runs the solver on an instance and re-scores its roster with the independent evaluator.</summary>
public sealed class CurtoisBenchmark(CurtoisSolver solver, HorizonEnds ends = HorizonEnds.Open)
{
    public CurtoisBenchmarkResult Run(
        CurtoisInstance instance, CurtoisSearchOptions options, Action<SolveProgress>? onImprovement = null, CancellationToken cancellation = default)
    {
        var result = solver.Solve(instance, options, onImprovement, cancellation);
        var evaluation = result.Roster is null ? null : RosterEvaluator.Evaluate(instance, result.Roster, ends);
        return new CurtoisBenchmarkResult(instance, result.Report, result.Roster, evaluation, PublishedResults.For(instance.Name));
    }
}
