using Velferd.Turnus.Domain.Benchmarks.Curtois;

namespace Velferd.Turnus.Solver.Curtois;

/// <summary>Formulation switches of the benchmark model; the defaults are the measured best.</summary>
/// <param name="MinRunsAsTransitions">Minimum working/off blocks via start/stop literals (LP-tight) instead of clauses.</param>
/// <param name="RotationCliques">Post shift-rotation bans as maximal cliques over two days instead of pairs.</param>
/// <param name="WorkWindowCuts">Redundant "at most k working days in any window" cuts implied by the block rules.</param>
/// <param name="BreakSymmetry">Order identical employees lexicographically.</param>
/// <param name="HorizonEnds">How blocks touching the horizon ends are held to minimum lengths (must match the evaluator's).</param>
public sealed record CurtoisModelOptions(
    bool MinRunsAsTransitions = true,
    bool RotationCliques = true,
    bool WorkWindowCuts = false,
    bool BreakSymmetry = true,
    HorizonEnds HorizonEnds = HorizonEnds.Open)
{
    public static CurtoisModelOptions Default { get; } = new();
}
