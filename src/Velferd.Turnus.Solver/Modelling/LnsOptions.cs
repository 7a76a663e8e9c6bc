namespace Velferd.Turnus.Solver.Modelling;

/// <summary>Settings of <see cref="LargeNeighbourhoodSearch"/>.</summary>
/// <param name="TimeLimit">Wall time for the whole search.</param>
/// <param name="Threads">Sub-problems solved at once (one CP-SAT worker each); use the core count.</param>
/// <param name="SubSolveLimit">Time limit of one sub-problem.</param>
/// <param name="SubSolveParameters">CP-SAT parameters of a sub-problem (text format); the LP-heavy default proved best on rostering.</param>
/// <param name="InitialIntensity">Starting intensity of every neighbourhood kind, in (0, 1].</param>
/// <param name="Seed">Seed of the neighbourhood choice, for reproducible runs.</param>
/// <param name="StopAtObjective">Stop as soon as the incumbent is this good (e.g. a proven lower bound).</param>
/// <param name="LastThreadStartsAfter">The last thread starts when this ends (its core is busy with other work, e.g. a bound), or never if the others finish first.</param>
public sealed record LnsOptions(
    TimeSpan TimeLimit,
    int Threads = 2,
    TimeSpan? SubSolveLimit = null,
    string SubSolveParameters = "linearization_level:2",
    double InitialIntensity = 0.3,
    int Seed = 1,
    double StopAtObjective = double.NegativeInfinity,
    Task? LastThreadStartsAfter = null)
{
    public TimeSpan SubSolveTimeLimit => SubSolveLimit ?? TimeSpan.FromSeconds(1);
}
