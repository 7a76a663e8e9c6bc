namespace Velferd.Turnus.Solver.Modelling;

/// <summary>Gap arithmetic shared by progress reports and final reports.</summary>
public static class Gaps
{
    /// <summary>(objective - bound) / max(1, |objective|), never negative.</summary>
    public static double Relative(double objective, double bound) =>
        Math.Max(0, objective - bound) / Math.Max(1, Math.Abs(objective));
}
