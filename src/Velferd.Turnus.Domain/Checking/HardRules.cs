using Velferd.Turnus.Domain.Checking.Rules;

namespace Velferd.Turnus.Domain.Checking;

/// <summary>Every hard rule the checker knows, in the order breaches are reported.</summary>
public static class HardRules
{
    public static IReadOnlyList<IHardRule> All { get; } =
    [
        new RosterIntegrity(),
        new CompetenceMinimum(),
        new ContractedHours(),
        new DailyRest(),
        new WeeklyRest(),
        new MaxHoursPerDay(),
        new MaxHoursPerWeek(),
        new MaxAverageHoursPerWeek(),
        new Helgefrekvens(),
        new SundayRule(),
        new NightWorkPreference(),
        new ConsecutiveNights(),
        new NightWorkerAverage(),
        new MaxConsecutiveWorkDays(),
        new Unavailability(),
        new LongShiftConsent(),
    ];
}
