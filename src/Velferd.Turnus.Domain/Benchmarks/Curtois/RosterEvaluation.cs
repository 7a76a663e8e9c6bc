namespace Velferd.Turnus.Domain.Benchmarks.Curtois;

/// <summary>One broken hard rule, located by employee and (where it has one) day.</summary>
public sealed record HardBreach(CurtoisRule Rule, string Employee, int? Day, string Detail)
{
    public override string ToString() =>
        Day is { } day ? $"{Rule} {Employee} day {day}: {Detail}" : $"{Rule} {Employee}: {Detail}";
}

/// <summary>The evaluator's verdict on a roster: hard-rule breaches and the soft penalties by kind.</summary>
public sealed record RosterEvaluation(
    IReadOnlyList<HardBreach> Breaches,
    int ShiftOnRequestPenalty,
    int ShiftOffRequestPenalty,
    int UnderCoverPenalty,
    int OverCoverPenalty)
{
    public bool IsFeasible => Breaches.Count == 0;

    /// <summary>The benchmark objective: all soft penalties summed.</summary>
    public int Objective => ShiftOnRequestPenalty + ShiftOffRequestPenalty + UnderCoverPenalty + OverCoverPenalty;
}
