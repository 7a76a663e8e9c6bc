namespace Velferd.Turnus.Domain.Benchmarks.Curtois;

/// <summary>
/// The benchmark's hard rules. The CP-SAT model has one method per rule with the same name
/// (Add + rule), so that the model and the evaluator can be read side by side.
/// </summary>
public enum CurtoisRule
{
    /// <summary>Rule 2: a shift listed as "cannot follow" may not be worked the next day.</summary>
    ShiftRotation,
    /// <summary>Rule 3: shifts of each type at most MaxShifts.</summary>
    MaxShiftsPerType,
    /// <summary>Rule 3: total minutes at most MaxTotalMinutes.</summary>
    MaxTotalMinutes,
    /// <summary>Rule 3: total minutes at least MinTotalMinutes.</summary>
    MinTotalMinutes,
    /// <summary>Rule 4: working blocks at most MaxConsecutiveShifts long.</summary>
    MaxConsecutiveShifts,
    /// <summary>Rule 4: working blocks at least MinConsecutiveShifts long (at the horizon ends see <see cref="HorizonEnds"/>).</summary>
    MinConsecutiveShifts,
    /// <summary>Rule 4: blocks of days off at least MinConsecutiveDaysOff long, except at the horizon ends.</summary>
    MinConsecutiveDaysOff,
    /// <summary>Rule 5: weekends with any work at most MaxWeekends.</summary>
    MaxWeekends,
    /// <summary>Rule 6: no work on the employee's days off.</summary>
    DaysOff,
}
