using Velferd.Turnus.Solver.Curtois;

namespace Velferd.Turnus.Benchmarks.Curtois;

/// <summary>A quality target of issue 4 for one instance: an objective to reach within a time limit.</summary>
internal sealed record CurtoisTarget(int Instance, int Objective, TimeSpan TimeLimit, string Description)
{
    /// <summary>The targets: proven optima in 60 s for 1–7 and 9–11, Gurobi's 10-minute result or better in 600 s for 12, 14, 16.</summary>
    public static IReadOnlyList<CurtoisTarget> All { get; } =
    [
        .. new[] { (1, 607), (2, 828), (3, 1001), (4, 1716), (5, 1143), (6, 1950), (7, 1056), (9, 439), (10, 4631), (11, 3443) }
            .Select(t => new CurtoisTarget(t.Item1, t.Item2, TimeSpan.FromSeconds(60), $"proven optimum {t.Item2} within 60 s")),
        new(12, 4045, TimeSpan.FromSeconds(600), "≤ 4045 (Gurobi's 10-minute result) within 600 s"),
        new(14, 1300, TimeSpan.FromSeconds(600), "≤ 1300 within 600 s"),
        new(16, 3300, TimeSpan.FromSeconds(600), "≤ 3300 within 600 s"),
    ];

    /// <summary>Met when the evaluator-confirmed objective is at or below the target and the run's limit was not longer.</summary>
    public bool IsMetBy(CurtoisBenchmarkResult result, TimeSpan timeLimit) =>
        result.EvaluatorAgrees && result.Evaluation!.Objective <= Objective && timeLimit <= TimeLimit;
}
