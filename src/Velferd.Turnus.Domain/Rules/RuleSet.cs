namespace Velferd.Turnus.Domain.Rules;

/// <summary>
/// The working-time rules a turnus must keep: the defaults of arbeidsmiljøloven (AML) ch. 10 and the
/// KS agreement (shared/DOMAIN.md), each named and overridable per unit. <see cref="RuleCatalogue"/>
/// holds each rule's name, allowed range and source.
/// </summary>
public sealed record RuleSet
{
    public static RuleSet Default { get; } = new();

    public double FullTimeHoursPerWeek { get; init; } = 35.5;
    public double MaxHoursPerDay { get; init; } = 12.5;
    public double MaxHoursPerWeek { get; init; } = 54;
    public double MaxAverageHoursPerWeek { get; init; } = 48;
    public double DailyRestHours { get; init; } = 11;
    public double WeeklyRestHours { get; init; } = 35;
    public int MaxConsecutiveSundays { get; init; } = 1;
    public double NightStartHour { get; init; } = 21;
    public double NightEndHour { get; init; } = 6;
    public double MaxNightWorkerHoursPerDay { get; init; } = 8;
    public int MaxConsecutiveNights { get; init; } = 4;
    public int MaxConsecutiveWorkDays { get; init; } = 6;
    public double ContractToleranceHoursPerWeek { get; init; } = 0.5;
    public double SleepingNightCountFactor { get; init; } = 0.5;
    public double QuickReturnHours { get; init; } = 13;
    public int DefaultHelgefrekvens { get; init; } = 3;
}
