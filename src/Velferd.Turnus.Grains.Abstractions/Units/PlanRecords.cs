namespace Velferd.Turnus.Grains.Abstractions.Units;

/// <summary>A plan as a job hands it to its unit: the plan file text and what it measured.</summary>
[GenerateSerializer, Immutable, Alias("Velferd.Turnus.NewPlanVersion")]
public sealed record NewPlanVersion(string JobId, int DefinitionVersion, string PlanJson, PlanFigures Figures);

/// <summary>A stored plan: plan.json text (docs/plan-file) and its summary.</summary>
[GenerateSerializer, Immutable, Alias("Velferd.Turnus.StoredPlan")]
public sealed record StoredPlan(PlanVersionSummary Summary, string PlanJson);

/// <summary>One plan version of a unit, small enough to list and to roll up.</summary>
[GenerateSerializer, Immutable, Alias("Velferd.Turnus.PlanVersionSummary")]
public sealed record PlanVersionSummary(string UnitId, int Version, string JobId, int DefinitionVersion, DateTimeOffset CreatedAt, PlanFigures Figures);

/// <summary>
/// The key figures of one plan: how the solve went, the checker's verdict and the KPIs management compares.
/// Money in NOK per week (fixed pay included); objective and bound in NOK per rotation (variable costs and penalties).
/// </summary>
[GenerateSerializer, Immutable, Alias("Velferd.Turnus.PlanFigures")]
public sealed record PlanFigures(
    string SolveStatus,
    double? ObjectiveNok,
    double BoundNok,
    double? Gap,
    int Breaches,
    int StaffCount,
    int FullTimeCount,
    double HeltidShare,
    double FullTimeEquivalents,
    double AveragePositionPercent,
    int Helgestillinger,
    double CoverageShare,
    double UncoveredStaffHoursPerWeek,
    WeeklyCost CostPerWeek);

/// <summary>Cost per week split as management compares it.</summary>
[GenerateSerializer, Immutable, Alias("Velferd.Turnus.WeeklyCost")]
public sealed record WeeklyCost(double BasePay, double EveningNightSupplement, double WeekendSupplement, double Vikar, double Overtime)
{
    public static readonly WeeklyCost Zero = new(0, 0, 0, 0, 0);

    public double Total => BasePay + EveningNightSupplement + WeekendSupplement + Vikar + Overtime;

    public WeeklyCost Plus(WeeklyCost other) => new(BasePay + other.BasePay, EveningNightSupplement + other.EveningNightSupplement,
        WeekendSupplement + other.WeekendSupplement, Vikar + other.Vikar, Overtime + other.Overtime);
}
