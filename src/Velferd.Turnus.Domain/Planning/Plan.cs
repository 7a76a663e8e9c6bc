namespace Velferd.Turnus.Domain.Planning;

/// <summary>
/// A turnus for one unit: a rotation of <see cref="RotationWeeks"/> weeks, repeated. Day 0 is Monday of
/// week 1; the day after the last is day 0 again. Wherever the plan came from (solver, file, a person),
/// the plan checker judges it the same way.
/// </summary>
public sealed record Plan(
    string UnitId,
    int RotationWeeks,
    IReadOnlyList<PlanPosition> Positions,
    IReadOnlyList<ShiftAssignment> Assignments)
{
    public int Days => RotationWeeks * 7;

    /// <summary>The scenario the plan was made under; the checker applies it to the unit before judging.</summary>
    public PlanScenario Scenario { get; init; } = PlanScenario.None;
}

/// <summary>A position in the plan: an employee at their contract size, or a vacancy at the size the planner chose.</summary>
public sealed record PlanPosition(string EmployeeId, double Stillingsprosent, bool IsVacancy);

/// <summary>One shift worked: employee, rotation day (0-based) and shift code.</summary>
public sealed record ShiftAssignment(string EmployeeId, int Day, string ShiftCode);
