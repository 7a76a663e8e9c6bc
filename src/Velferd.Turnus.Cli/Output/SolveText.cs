using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Cli.Output;

/// <summary>Solver outcomes in words.</summary>
internal static class SolveText
{
    public static string Status(SolveStatus status) => status switch
    {
        SolveStatus.Optimal => "optimal (bevist beste plan)",
        SolveStatus.Feasible => "lovlig plan, ikke bevist optimal innen tidsgrensen",
        SolveStatus.Infeasible => "umulig: reglene kan ikke holdes samtidig",
        SolveStatus.ModelInvalid => "modellfeil",
        _ => "ukjent (ingen plan innen tidsgrensen)",
    };
}
