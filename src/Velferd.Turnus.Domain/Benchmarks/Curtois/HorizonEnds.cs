namespace Velferd.Turnus.Domain.Benchmarks.Curtois;

/// <summary>How blocks that touch day 0 or the last day are held to the minimum block lengths (rule 4).</summary>
public enum HorizonEnds
{
    /// <summary>
    /// A working block or a block of days off that touches either end may continue outside the
    /// horizon, so it is not held to its minimum. This is the reading that reproduces the
    /// benchmark's proven optima (607, 828, 1001 for instances 1–3).
    /// </summary>
    Open,

    /// <summary>
    /// Days outside the horizon count as days off: a working block at either end must still reach
    /// the minimum; a block of days off at either end is exempt. This is the wording of the shared
    /// README; it gives 833 and 1005 as optima of instances 2 and 3, not the published 828 and 1001.
    /// </summary>
    OffOutside,
}
