using Velferd.Turnus.Domain.Benchmarks.Curtois;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Curtois;

/// <summary>The best roster found (if any) and how the search went.</summary>
public sealed record CurtoisSolveResult(Roster? Roster, SolveReport Report);
