using Velferd.Turnus.Domain.Benchmarks.Curtois;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Curtois;

/// <summary>
/// One benchmark run: what the solver reported and what the independent evaluator recomputed
/// from the roster, with the published reference (if the instance is in the table).
/// </summary>
public sealed record CurtoisBenchmarkResult(
    CurtoisInstance Instance,
    SolveReport Report,
    Roster? Roster,
    RosterEvaluation? Evaluation,
    PublishedResult? Reference)
{
    /// <summary>The evaluator found no hard breach and the same objective as the solver.</summary>
    public bool EvaluatorAgrees =>
        Evaluation is { IsFeasible: true } evaluation && Report.Objective is { } objective && evaluation.Objective == (int)Math.Round(objective);

    /// <summary>Relative gap to the published optimum or best known value, when there is one and a roster.</summary>
    public double? GapToReference => Reference is { } reference && Evaluation is { } evaluation ? reference.GapTo(evaluation.Objective) : null;
}
