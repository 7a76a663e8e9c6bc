using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Cli.Output;

/// <summary>Today's staff against the curve: heads, summed positions and the weekly hours they give.</summary>
internal sealed record StaffSummary(
    int Employees,
    double StillingsprosentSum,
    double AverageStillingsprosent,
    double StaffHoursPerWeek,
    int Vacancies,
    double VacancyMaxHoursPerWeek,
    double DemandAsWorkingHours)
{
    /// <summary>
    /// Demand in working-time hours: awake hours count fully, sleeping presence at the rule's
    /// sleepingNightCountFactor (hvilende natt counts at a reduced rate).
    /// </summary>
    public static StaffSummary Of(Unit unit, double awakeHours, double sleepingHours)
    {
        var fullTime = unit.Rules.FullTimeHoursPerWeek;
        var sum = unit.Employees.Sum(employee => employee.Stillingsprosent);
        return new StaffSummary(
            unit.Employees.Count, sum, unit.Employees.Count == 0 ? 0 : sum / unit.Employees.Count,
            sum / 100 * fullTime, unit.Vacancies.Count,
            unit.Vacancies.Sum(vacancy => vacancy.MaxStillingsprosent) / 100 * fullTime,
            awakeHours + sleepingHours * unit.Rules.SleepingNightCountFactor);
    }

    /// <summary>Working hours per week the demand needs beyond today's staff (negative: more staff than demand).</summary>
    public double GapHoursPerWeek => DemandAsWorkingHours - StaffHoursPerWeek;
}
