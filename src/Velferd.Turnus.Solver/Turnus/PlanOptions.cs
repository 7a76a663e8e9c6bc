namespace Velferd.Turnus.Solver.Turnus;

/// <summary>
/// How to plan a unit. <see cref="Heltid"/> turns on heltid mode: positions of staff who want more may
/// grow towards their wish, and the scenario options below apply. Vacancies are always sized by the planner.
/// </summary>
public sealed record PlanOptions
{
    /// <summary>Rotation length in weeks (1–12); null uses the unit's own (default 6).</summary>
    public int? Weeks { get; init; }

    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>CP-SAT search workers; default the machine's cores.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    public int? Seed { get; init; }

    /// <summary>Stop when the relative gap between plan and bound falls to this (0.01 = 1 %).</summary>
    public double? GapTarget { get; init; }

    public bool Heltid { get; init; }

    /// <summary>Scenario: every employee and vacancy works every Nth weekend instead of their own helgefrekvens.</summary>
    public int? HelgefrekvensForAll { get; init; }

    /// <summary>Scenario: everybody accepts langvakter.</summary>
    public bool LongShiftsForAll { get; init; }

    /// <summary>Scenario: no position (vacancy or grown) below this size, except unfilled vacancies.</summary>
    public double? MinimumPositionPercent { get; init; }

    /// <summary>Position sizes move in steps of this many percent.</summary>
    public double PositionStepPercent { get; init; } = 5;

    public PlanWeights Weights { get; init; } = PlanWeights.Default;

    /// <summary>How phase 2 improves the first plan (see docs/turnus-model.md).</summary>
    public SearchStrategy Search { get; init; } = SearchStrategy.NeighbourhoodSearch;

    /// <summary>Order interchangeable staff lexicographically (measured slower to a first plan on the samples; off by default).</summary>
    public bool BreakSymmetry { get; init; }

    /// <summary>
    /// A plan to start from: the best plan of an interrupted job, or a roster the unit has and wants improved. Used as
    /// the first plan when it fits (StartPlans.Prepare: same rotation length, scenario and people, sizes this solve may
    /// choose) and keeps every hard rule, and as a hint for the first-plan search when it fits but breaks a rule.
    /// </summary>
    public Domain.Planning.Plan? StartPlan { get; init; }

    /// <summary>Pass CP-SAT's search log to the caller (for tuning).</summary>
    public Action<string>? SearchLog { get; init; }

    /// <summary>Further CP-SAT parameters in text format, for tuning.</summary>
    public string? ExtraSolverParameters { get; init; }
}

/// <summary>How the first plan is improved.</summary>
public enum SearchStrategy
{
    /// <summary>CP-SAT's own portfolio on the whole model (its LP worker also raises the bound).</summary>
    Portfolio,

    /// <summary>Large-neighbourhood search over rotations, days and competences, each sub-problem a small CP-SAT solve.</summary>
    NeighbourhoodSearch,
}
