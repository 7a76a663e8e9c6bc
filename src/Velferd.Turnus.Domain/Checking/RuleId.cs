namespace Velferd.Turnus.Domain.Checking;

/// <summary>
/// The hard rules a turnus must keep. The solver enforces each with a function of the same name
/// (Solver/Turnus/Rules), and a test pairs every rule with its twin.
/// </summary>
public enum RuleId
{
    RosterIntegrity,
    DailyRest,
    WeeklyRest,
    MaxHoursPerDay,
    MaxHoursPerWeek,
    MaxAverageHoursPerWeek,
    ContractedHours,
    Helgefrekvens,
    SundayRule,
    NightWorkerAverage,
    ConsecutiveNights,
    NightWorkPreference,
    MaxConsecutiveWorkDays,
    Unavailability,
    LongShiftConsent,
    CompetenceMinimum,
}
