namespace Velferd.Turnus.Solver.Torn;

/// <summary>How to run a TØRN split or district solve.</summary>
public sealed record TornOptions
{
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>CP-SAT search workers; default the machine's cores.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    public int? Seed { get; init; }

    /// <summary>Stop when the relative gap between split and bound falls to this (0.005 = 0.5 %); the split itself is usually found in a second, the rest is proof.</summary>
    public double? GapTarget { get; init; } = 0.005;

    public TornWeights Weights { get; init; } = TornWeights.Default;

    /// <summary>Pass CP-SAT's search log to the caller (for tuning).</summary>
    public Action<string>? SearchLog { get; init; }

    /// <summary>Further CP-SAT parameters in text format, for tuning.</summary>
    public string? ExtraSolverParameters { get; init; }
}

/// <summary>
/// Prices of the soft goals, in NOK, next to the wage costs from the cost profile (docs/torn.md).
/// </summary>
/// <param name="TopOfLicencePerHour">Per hour a sykepleier or vernepleier spends on work others may do: the value of keeping scarce professions on work only they may do.</param>
/// <param name="FragmentPerTaskDay">Per task, performer and day in use: a task shared between professions on one day costs handovers.</param>
/// <param name="FagteamPresencePerSlot">Per quarter hour a fagteam member is placed at a unit: members are placed where they work, not where they might.</param>
public sealed record TornWeights(double TopOfLicencePerHour, double FragmentPerTaskDay, double FagteamPresencePerSlot)
{
    public static TornWeights Default { get; } = new(TopOfLicencePerHour: 150, FragmentPerTaskDay: 25, FagteamPresencePerSlot: 1);
}
