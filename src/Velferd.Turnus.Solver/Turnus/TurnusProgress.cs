using Velferd.Turnus.Domain.Planning;

namespace Velferd.Turnus.Solver.Turnus;

/// <summary>An improving plan as the solver finds it: objective and bound in NOK, and the plan itself.</summary>
public sealed record TurnusProgress(double ObjectiveNok, double BoundNok, double Gap, TimeSpan WallTime, int SolutionNumber, Plan Plan);
