using Velferd.Turnus.Domain.Benchmarks.Curtois;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Curtois;

/// <summary>Solves one benchmark instance: builds the model and runs CP-SAT on it.</summary>
public sealed class CurtoisSolver(CpSatRunner runner, CurtoisModelOptions? modelOptions = null)
{
    public CurtoisSolveResult Solve(
        CurtoisInstance instance, SolveOptions options, Action<SolveProgress>? onImprovement = null, CancellationToken cancellation = default)
    {
        var model = CurtoisModel.Build(instance, modelOptions);
        var report = runner.Solve(model.Model, options, onImprovement, cancellation);
        return new CurtoisSolveResult(report.HasSolution ? model.ReadRoster(report.Values) : null, report);
    }
}
