namespace Velferd.Turnus.Solver.Modelling;

/// <summary>What is assumed about the days just outside one end of a day sequence.</summary>
public enum Outside
{
    /// <summary>Outside is inactive: an active block touching this end stops there and is held to its minimum.</summary>
    Inactive,
    /// <summary>Outside is active: an active block touching this end carries on outside and is not held to its minimum.</summary>
    Active,
    /// <summary>Nothing is known: blocks touching this end are never held to a minimum.</summary>
    Unknown,
}

/// <summary>
/// How a sequence of day literals meets the ends of the horizon. For the benchmark's working
/// blocks both ends are <see cref="Outside.Inactive"/> (days outside count as off); for a rotating
/// turnus the sequence is <see cref="Cyclic"/> and the last day is followed by the first.
/// </summary>
public sealed record SequenceEnds(Outside BeforeStart, Outside AfterEnd, bool Cyclic = false)
{
    /// <summary>Outside the horizon is inactive at both ends (e.g. working days in the Curtois benchmark).</summary>
    public static SequenceEnds InactiveOutside { get; } = new(Outside.Inactive, Outside.Inactive);

    /// <summary>Outside the horizon is active at both ends (e.g. days off in the Curtois benchmark).</summary>
    public static SequenceEnds ActiveOutside { get; } = new(Outside.Active, Outside.Active);

    /// <summary>Nothing is known outside: blocks touching an end are exempt from minimum lengths.</summary>
    public static SequenceEnds Open { get; } = new(Outside.Unknown, Outside.Unknown);

    /// <summary>The day after the last is the first (rotation weeks repeated).</summary>
    public static SequenceEnds Wrapping { get; } = new(Outside.Unknown, Outside.Unknown, Cyclic: true);

    /// <summary>The same ends seen from the complementary sequence (inactive days).</summary>
    public SequenceEnds Complement() => new(Flip(BeforeStart), Flip(AfterEnd), Cyclic);

    private static Outside Flip(Outside outside) => outside switch
    {
        Outside.Inactive => Outside.Active,
        Outside.Active => Outside.Inactive,
        _ => Outside.Unknown,
    };
}
