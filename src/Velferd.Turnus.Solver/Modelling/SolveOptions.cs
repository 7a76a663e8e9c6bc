using System.Globalization;
using System.Text;

namespace Velferd.Turnus.Solver.Modelling;

/// <summary>
/// How to run one CP-SAT solve. The typed fields cover what callers usually set; anything else
/// (subsolvers, linearization_level, ...) goes into <see cref="ExtraParameters"/> in CP-SAT's text format.
/// </summary>
/// <param name="TimeLimit">Wall-clock limit of the solve.</param>
/// <param name="Workers">CP-SAT search workers (threads); keep it at the machine's core count.</param>
/// <param name="Seed">Random seed, for reproducible runs.</param>
/// <param name="RelativeGapLimit">Stop when (objective - bound) / objective falls to this value.</param>
/// <param name="LogSearch">Write CP-SAT's search log through <see cref="CpSatRunner"/>'s log sink.</param>
/// <param name="ExtraParameters">Further SatParameters in text format, e.g. <c>linearization_level:2</c>; they override the typed fields.</param>
/// <param name="StopWhenBoundStalls">Stop once the best bound has not risen for this long (for a solve run only for its bound); the wait starts at the first bound, so a long presolve is not taken for a stall.</param>
/// <param name="BoundStallRise">With <paramref name="StopWhenBoundStalls"/>: a rise by less than this share of the bound (e.g. 0.001) does not restart the wait, so a bound that only creeps counts as stalled.</param>
public sealed record SolveOptions(
    TimeSpan TimeLimit,
    int Workers = 2,
    int? Seed = null,
    double? RelativeGapLimit = null,
    bool LogSearch = false,
    string? ExtraParameters = null,
    TimeSpan? StopWhenBoundStalls = null,
    double BoundStallRise = 0)
{
    /// <summary>The options as one validated SatParameters text-format string (see <see cref="SatParameterText"/>).</summary>
    /// <exception cref="ArgumentException">An extra parameter is unknown to CP-SAT or has a wrong value.</exception>
    public string ToParameterString()
    {
        var text = new StringBuilder();
        Append(text, "max_time_in_seconds", Math.Max(0.001, TimeLimit.TotalSeconds));
        Append(text, "num_workers", Workers);
        if (Seed is { } seed) Append(text, "random_seed", seed);
        if (RelativeGapLimit is { } gap) Append(text, "relative_gap_limit", gap);
        if (LogSearch) text.Append("log_search_progress:true log_to_stdout:false ");
        return SatParameterText.Merge(text.ToString(), ExtraParameters);
    }

    /// <summary>A copy with more parameters; a singular parameter given again replaces the earlier value.</summary>
    public SolveOptions With(string parameters) =>
        this with { ExtraParameters = $"{ExtraParameters} {parameters}".Trim() };

    private static void Append(StringBuilder text, string name, double value) =>
        text.Append(name).Append(':').Append(value.ToString("R", CultureInfo.InvariantCulture)).Append(' ');
}
