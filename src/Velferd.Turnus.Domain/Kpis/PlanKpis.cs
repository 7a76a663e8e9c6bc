using Velferd.Turnus.Domain.Competences;

namespace Velferd.Turnus.Domain.Kpis;

/// <summary>The key figures of a plan for unit leaders, HR and management. Money in NOK.</summary>
public sealed record PlanKpis(
    int StaffCount,
    int FullTimeCount,
    double HeltidShare,
    double FullTimeEquivalents,
    double AveragePositionPercent,
    int Helgestillinger,
    int UnwantedPartTimeCount,
    double WeekendHoursPerPersonPerWeek,
    IReadOnlyList<PersonKpis> People,
    double CoverageShare,
    double UncoveredStaffHoursPerWeek,
    IReadOnlyDictionary<Competence, double> UncoveredHoursPerWeekByCompetence,
    CostBreakdown CostPerWeek,
    CoverAlternatives UncoveredCostAlternativesPerWeek,
    string CostProfileId,
    int CostProfileYear)
{
    public CostBreakdown CostPerYear => CostPerWeek.Times(52);
}

/// <summary>Per person: position and where the hours fall.</summary>
public sealed record PersonKpis(
    string EmployeeId,
    string Name,
    Competence Competence,
    double Stillingsprosent,
    bool IsVacancy,
    double HoursPerWeek,
    double WeekendHoursPerWeek,
    double EveningNightHoursPerWeek,
    int WeekendsWorked,
    int EveningShifts,
    int NightShifts,
    bool IsHelgestilling);

/// <summary>Cost split as management compares it: base pay, supplements, vikar for uncovered hours, overtime.</summary>
public sealed record CostBreakdown(double BasePay, double EveningNightSupplement, double WeekendSupplement, double Vikar, double Overtime)
{
    public double Supplements => EveningNightSupplement + WeekendSupplement;

    public double Total => BasePay + Supplements + Vikar + Overtime;

    public CostBreakdown Times(double factor) =>
        new(BasePay * factor, EveningNightSupplement * factor, WeekendSupplement * factor, Vikar * factor, Overtime * factor);
}

/// <summary>What the uncovered hours cost per week when covered by vikar, by overtime of own staff, or by agency.</summary>
public sealed record CoverAlternatives(double Vikar, double Overtime, double Agency);
