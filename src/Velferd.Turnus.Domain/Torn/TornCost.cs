using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Domain.Torn;

/// <summary>
/// What a staffing curve costs a week in the TØRN comparison: its hours as working time (sleeping presence at
/// <c>sleepingNightCountFactor</c>) at the employer's hourly cost of each competence; hours beyond what the
/// competence has or can recruit (<see cref="CompetenceCapacity.LimitHours"/>) at the agency (byrå) price.
/// </summary>
public static class TornCost
{
    public static double HourlyWage(Unit unit, Competence competence) =>
        unit.Costs.HourlyEmployerCost(competence, unit.Rules.FullTimeHoursPerWeek);

    /// <summary>Extra cost of an hour bought from an agency instead of paid as wage (never negative).</summary>
    public static double AgencyPremium(Unit unit, Competence competence) =>
        Math.Max(0, unit.Costs.AgencyHourlyCost[competence] - HourlyWage(unit, competence));

    public static double WorkingHours(Unit unit, StaffingCurve curve, Competence competence) =>
        curve.DesiredStaffHoursPerWeek(competence) + curve.SleepingStaffHoursPerWeek(competence) * unit.Rules.SleepingNightCountFactor;

    public static double PerWeek(Unit unit, StaffingCurve curve, CompetenceCapacity capacity) =>
        CompetenceCodes.All.Sum(competence => PerWeek(unit, competence, WorkingHours(unit, curve, competence), capacity));

    public static double PerWeek(Unit unit, Competence competence, double hours, CompetenceCapacity capacity)
    {
        var beyond = capacity.LimitHours(competence) is { } limit ? Math.Max(0, hours - limit) : 0;
        return hours * HourlyWage(unit, competence) + beyond * AgencyPremium(unit, competence);
    }
}
