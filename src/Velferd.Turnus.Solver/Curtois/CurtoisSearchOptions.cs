namespace Velferd.Turnus.Solver.Curtois;

/// <summary>
/// How to search one instance. The phases share the time limit: a short full CP-SAT solve, column
/// generation for the lower bound, price-and-dive for rosters, and LNS for the rest.
/// </summary>
/// <param name="TimeLimit">Wall time for the whole search.</param>
/// <param name="Workers">Cores to use: CP-SAT workers, pricing threads and parallel LNS sub-problems.</param>
/// <param name="Seed">Seed for CP-SAT, the dives and the neighbourhood choice.</param>
/// <param name="FullSolveShare">Share of the time for the first full-model CP-SAT solve (at most <paramref name="FullSolveMaxSeconds"/>).</param>
/// <param name="FullSolveMaxSeconds">Cap of the first full solve: on long runs column generation makes better use of the time.</param>
/// <param name="ColumnGenerationShare">Share of the time the root column generation may use at most.</param>
/// <param name="DiveShare">Share of the time (from the start) after which no new dive begins.</param>
/// <param name="ColumnLnsShare">Share of the time (from the start) until which LNS in schedule space runs; then LNS on the full model.</param>
/// <param name="FullSolveParameters">Extra CP-SAT parameters (text format) of the full-model solve.</param>
/// <param name="SubSolveSeconds">Time limit of one LNS sub-problem.</param>
/// <param name="UseColumnGeneration">Off: full solve and LNS only (the plain CP-SAT route, for comparison).</param>
public sealed record CurtoisSearchOptions(
    TimeSpan TimeLimit,
    int Workers = 2,
    int Seed = 1,
    double FullSolveShare = 0.05,
    double FullSolveMaxSeconds = 15,
    double ColumnGenerationShare = 0.4,
    double DiveShare = 0.6,
    double ColumnLnsShare = 0.9,
    string FullSolveParameters = "",
    double SubSolveSeconds = 1.0,
    bool UseColumnGeneration = true);
