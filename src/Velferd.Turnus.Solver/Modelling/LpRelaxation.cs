using System.Diagnostics;
using Google.OrTools.LinearSolver;
using Google.OrTools.Sat;

namespace Velferd.Turnus.Solver.Modelling;

/// <summary>The LP relaxation's optimum: a lower bound on the objective and fractional values by variable index.</summary>
public sealed record LpSolution(bool IsOptimal, double Objective, IReadOnlyList<double> Values, TimeSpan WallTime)
{
    /// <summary>Variables whose LP value is not within <paramref name="tolerance"/> of an integer.</summary>
    public IEnumerable<int> Fractional(double tolerance = 1e-6) =>
        Enumerable.Range(0, Values.Count).Where(i => Math.Abs(Values[i] - Math.Round(Values[i])) > tolerance);
}

/// <summary>An LP relaxation built from a CP-SAT model: the solver, its column per CP-SAT variable, and how to read its objective.</summary>
public sealed class LpModel(Google.OrTools.LinearSolver.Solver solver, Variable[] variables, double offset, double scale) : IDisposable
{
    public Google.OrTools.LinearSolver.Solver Solver { get; } = solver;

    /// <summary>The LP column of each CP-SAT variable, by its index.</summary>
    public IReadOnlyList<Variable> Variables { get; } = variables;

    /// <summary>The CP-SAT objective's scaling factor (1 for models built with CpModel.Minimize); columns a caller adds are scaled by it too.</summary>
    public double Scale { get; } = scale;

    /// <summary>The objective of the last solve in the CP-SAT model's units (offset and scaling applied).</summary>
    public double ObjectiveValue() => (Solver.Objective().Value() + offset) * Scale;

    public void Dispose() => Solver.Dispose();
}

/// <summary>
/// Solves the LP relaxation of any CP-SAT model made of linear constraints, clauses, at-most-one,
/// exactly-one and implications (the constraints rostering models use) with an LP solver such as
/// GLOP. Other constraints and enforced linear constraints are left out, so the result is always a
/// valid relaxation. It gives a root lower bound in a second where CP-SAT's default portfolio on two
/// cores may report almost none, and fractional values to guide hints and neighbourhoods (RINS).
/// </summary>
public static class LpRelaxation
{
    public static LpSolution Solve(CpModelProto model, TimeSpan timeLimit, string solverId = "GLOP")
    {
        var clock = Stopwatch.StartNew();
        using var relaxation = Build(model, solverId);
        var solver = relaxation.Solver;
        solver.SetTimeLimit((long)Math.Max(1, timeLimit.TotalMilliseconds));
        var status = solver.Solve();
        var optimal = status == Google.OrTools.LinearSolver.Solver.ResultStatus.OPTIMAL;
        var value = optimal ? relaxation.ObjectiveValue() : double.NegativeInfinity;
        return new LpSolution(optimal, value, optimal ? relaxation.Variables.Select(v => v.SolutionValue()).ToArray() : [], clock.Elapsed);
    }

    /// <summary>The relaxation as an LP, not yet solved, for callers that add rows or columns of their own (column generation).</summary>
    public static LpModel Build(CpModelProto model, string solverId = "GLOP")
    {
        var solver = Google.OrTools.LinearSolver.Solver.CreateSolver(solverId)
            ?? throw new InvalidOperationException($"LP solver {solverId} is not available.");
        var (variables, offset) = Append(solver, model, 1);
        solver.Objective().SetMinimization();
        var scale = model.Objective is { ScalingFactor: not 0 } o ? o.ScalingFactor : 1;
        return new LpModel(solver, variables, offset, scale);
    }

    /// <summary>
    /// Adds the relaxation of <paramref name="copies"/> copies of the model to an LP as their sum: each column is the sum
    /// of a variable over the copies, so every constant (bounds, right-hand sides, the objective's offset) is multiplied by
    /// the number of copies. The sum of copies of a polytope is that multiple of it, so nothing is lost by adding them up.
    /// Returns the columns by CP-SAT variable index and the objective's constant (unscaled), which the LP does not hold.
    /// </summary>
    public static (Variable[] Variables, double Offset) Append(Google.OrTools.LinearSolver.Solver solver, CpModelProto model, int copies)
    {
        var variables = model.Variables.Select((v, i) => solver.MakeNumVar(copies * Finite(v.Domain[0]), copies * Finite(v.Domain[^1]), "")).ToArray();
        foreach (var constraint in model.Constraints) AddRelaxation(solver, variables, constraint, copies);

        var objective = solver.Objective();
        var offset = 0.0;
        if (model.Objective is { } cpObjective)
        {
            for (var i = 0; i < cpObjective.Vars.Count; i++) AddTerm(objective, variables, cpObjective.Vars[i], cpObjective.Coeffs[i], copies, ref offset);
            offset += copies * cpObjective.Offset;
        }
        return (variables, offset);
    }

    private static void AddRelaxation(Google.OrTools.LinearSolver.Solver solver, Variable[] variables, ConstraintProto constraint, int copies)
    {
        switch (constraint.ConstraintCase)
        {
            case ConstraintProto.ConstraintOneofCase.Linear when constraint.EnforcementLiteral.Count == 0:
                var linear = constraint.Linear;
                AddRow(solver, variables, linear.Vars, linear.Coeffs, linear.Domain[0], linear.Domain[^1], copies);
                break;
            case ConstraintProto.ConstraintOneofCase.BoolOr:
                AddLiteralSum(solver, variables, [.. constraint.BoolOr.Literals, .. constraint.EnforcementLiteral.Select(Negate)], 1, double.PositiveInfinity, copies);
                break;
            case ConstraintProto.ConstraintOneofCase.AtMostOne when constraint.EnforcementLiteral.Count == 0:
                AddLiteralSum(solver, variables, constraint.AtMostOne.Literals, double.NegativeInfinity, 1, copies);
                break;
            case ConstraintProto.ConstraintOneofCase.ExactlyOne when constraint.EnforcementLiteral.Count == 0:
                AddLiteralSum(solver, variables, constraint.ExactlyOne.Literals, 1, 1, copies);
                break;
            case ConstraintProto.ConstraintOneofCase.BoolAnd:
                // enforcement ∧ ... → literal, i.e. literal + Σ(1 - enforcement) ≥ 1.
                foreach (var literal in constraint.BoolAnd.Literals)
                {
                    AddLiteralSum(solver, variables, [literal, .. constraint.EnforcementLiteral.Select(Negate)], 1, double.PositiveInfinity, copies);
                }
                break;
        }
    }

    private static int Negate(int literal) => -literal - 1;

    private static void AddRow(Google.OrTools.LinearSolver.Solver solver, Variable[] variables, IList<int> vars, IList<long> coeffs, double lower, double upper, int copies)
    {
        var offset = 0.0;
        var row = solver.MakeConstraint();
        for (var i = 0; i < vars.Count; i++) AddTerm(row, variables, vars[i], coeffs[i], copies, ref offset);
        row.SetBounds(copies * Finite(lower) - offset, copies * Finite(upper) - offset);
    }

    private static void AddLiteralSum(Google.OrTools.LinearSolver.Solver solver, Variable[] variables, IList<int> literals, double lower, double upper, int copies)
    {
        AddRow(solver, variables, literals, literals.Select(_ => 1L).ToArray(), lower, upper, copies);
    }

    /// <summary>Adds coeff × reference; a negative reference means the negated literal, copies − x over the copies.</summary>
    private static void AddTerm(Google.OrTools.LinearSolver.Constraint row, Variable[] variables, int reference, long coeff, int copies, ref double offset)
    {
        if (reference >= 0)
        {
            row.SetCoefficient(variables[reference], row.GetCoefficient(variables[reference]) + coeff);
            return;
        }
        var variable = variables[-reference - 1];
        row.SetCoefficient(variable, row.GetCoefficient(variable) - coeff);
        offset += copies * coeff;
    }

    private static void AddTerm(Objective objective, Variable[] variables, int reference, long coeff, int copies, ref double offset)
    {
        if (reference >= 0)
        {
            objective.SetCoefficient(variables[reference], objective.GetCoefficient(variables[reference]) + coeff);
            return;
        }
        var variable = variables[-reference - 1];
        objective.SetCoefficient(variable, objective.GetCoefficient(variable) - coeff);
        offset += copies * coeff;
    }

    /// <summary>CP-SAT uses ±2^63 for "unbounded"; the LP solver wants infinities.</summary>
    private static double Finite(double value) =>
        value <= long.MinValue / 2.0 ? double.NegativeInfinity : value >= long.MaxValue / 2.0 ? double.PositiveInfinity : value;
}
