namespace Velferd.Turnus.Solver.Turnus;

/// <summary>
/// What the planner trades off, in NOK per rotation, so penalties and real costs share one scale.
/// Real money (vikar for uncovered hours, supplements, pay of positions the planner sizes) comes from
/// the unit's cost profile; these weights price what has no invoice. Documented in docs/planning-weights.md;
/// override with `turnus plan --weights file.json`.
/// </summary>
public sealed record PlanWeights
{
    public static PlanWeights Default { get; } = new();

    /// <summary>Staff on site beyond the desired demand, per staff-hour: idle time is not free, but cheaper than a gap.</summary>
    public double OvercoverPerHour { get; init; } = 60;

    /// <summary>Per unit of wish weight (1–10) not met on a day.</summary>
    public double WishPerWeight { get; init; } = 150;

    /// <summary>A single day off between two working days (enkeltfridag).</summary>
    public double IsolatedDayOff { get; init; } = 250;

    /// <summary>A single working day between two days off (enkeltvakt).</summary>
    public double IsolatedWorkDay { get; init; } = 250;

    /// <summary>A rest between shifts shorter than the quick-return limit (e.g. kveld–dag).</summary>
    public double QuickReturn { get; init; } = 200;

    /// <summary>Per shift of spread in evenings, nights and weekends between staff, relative to position size.</summary>
    public double FairnessPerShift { get; init; } = 300;

    /// <summary>Per hour of weekend work beyond <see cref="WeekendShareLimit"/> of a person's hours (what makes a helgestilling).</summary>
    public double WeekendExcessPerHour { get; init; } = 150;

    /// <summary>Share of a person's hours that may fall on weekends before <see cref="WeekendExcessPerHour"/> applies.</summary>
    public double WeekendShareLimit { get; init; } = 0.4;

    /// <summary>Per percentage point a planner-sized position is below 100 % (heltid as the main rule, AML §14-1a).</summary>
    public double SmallPositionPerPercent { get; init; } = 400;

    /// <summary>Per percentage point an employee's wished position size is not granted (uønsket deltid), in heltid mode.</summary>
    public double UnwantedPartTimePerPercent { get; init; } = 300;

    /// <summary>Per hour a person's rotation differs from their contract inside the allowed tolerance.</summary>
    public double ContractDeviationPerHour { get; init; } = 100;
}
