using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Domain.Torn;

/// <summary>
/// Hours per week each competence has or can get: today's staff (Σ stillingsprosent × full-time week), open
/// positions at their largest size, and what can be recruited beyond them (<see cref="TornSettings"/>).
/// Helsefagarbeidere with delegated authority are counted apart, as they alone may take delegated work.
/// </summary>
public sealed record CompetenceCapacity(
    IReadOnlyDictionary<Competence, double> StaffHours,
    IReadOnlyDictionary<Competence, double> VacancyHours,
    double DelegatedHfaHours,
    TornSettings Settings)
{
    public static CompetenceCapacity Of(Unit unit)
    {
        var fullTime = unit.Rules.FullTimeHoursPerWeek;
        var staff = CompetenceCodes.All.ToDictionary(competence => competence, competence =>
            unit.Employees.Where(employee => employee.Competence == competence).Sum(employee => employee.Stillingsprosent) / 100 * fullTime);
        var vacancies = CompetenceCodes.All.ToDictionary(competence => competence, competence =>
            unit.Vacancies.Where(vacancy => vacancy.Competence == competence).Sum(vacancy => vacancy.MaxStillingsprosent) / 100 * fullTime);
        var delegated = unit.Employees.Where(employee => employee is { Competence: Competence.Helsefagarbeider, DelegatedMedication: true })
            .Sum(employee => employee.Stillingsprosent) / 100 * fullTime;
        return new CompetenceCapacity(staff, vacancies, delegated, unit.Torn);
    }

    /// <summary>Whether the unit has anybody who could be this performer today (staff or an open position).</summary>
    public bool Staffs(Performer performer) => performer == Performer.DelegertHelsefagarbeider
        ? DelegatedHfaHours > 0
        : StaffHours[performer.Competence()] + VacancyHours[performer.Competence()] > 0;

    /// <summary>Hours per week available without agency: staff, open positions and recruitable hours; null when unlimited.</summary>
    public double? LimitHours(Competence competence) =>
        Settings.Recruitable(competence) is { } recruitable ? StaffHours[competence] + VacancyHours[competence] + recruitable : null;
}
