using Velferd.Turnus.Solver.Curtois;

namespace Velferd.Turnus.Benchmarks.Curtois;

/// <summary>One instance's benchmark result with the time limit it ran under and the machine load at its start.</summary>
internal sealed record CurtoisRun(CurtoisBenchmarkResult Result, TimeSpan TimeLimit, string LoadAtStart);
