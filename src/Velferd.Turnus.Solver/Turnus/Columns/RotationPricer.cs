using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Solver.Modelling;
using Velferd.Turnus.Solver.Turnus.Rules;
using Velferd.Turnus.Solver.Turnus.Soft;

namespace Velferd.Turnus.Solver.Turnus.Columns;

/// <summary>
/// Finds the cheapest rotations of one person under prices per worked shift: a CP-SAT model of that person alone,
/// made by the same rule and goal functions as the turnus model (<see cref="PersonalRules"/>, <see cref="PersonalGoals"/>),
/// so a rotation it returns keeps every personal rule and costs what the turnus model would charge for it.
/// </summary>
internal sealed class RotationPricer
{
    /// <summary>CP-SAT needs whole coefficients: prices are scaled by this and rounded, and the bound allows for the rounding.</summary>
    private const long PriceScale = 16;

    private readonly CpModelProto model;
    private readonly List<(int Day, int Shift, int Variable)> shifts = [];
    private readonly IReadOnlyList<ILiteral> weekends;
    private readonly int days;

    /// <param name="filled">The group is a vacancy every legal plan fills (NeededVacancies): only filled rotations are priced.</param>
    public RotationPricer(Unit unit, StaffingCurve demand, PlanOptions options, PricingGroup group, bool filled = false)
    {
        Group = group;
        var context = new TurnusModelContext(unit, demand, options, RuleGuards.Off, people: [group.Representative with { Index = 0 }]);
        weekends = Helgefrekvens.Weekends(context, 0);
        PersonalRules.Add(context, [weekends]);
        PersonalGoals.Add(context);
        if (filled)
            context.Sizes.RequireFilled(context.Model, 0);
        context.Objective.Minimize(context.Model);
        model = context.Model.Model;
        days = context.Days;
        foreach (var (day, s, variable) in context.Variables.Of(0))
            shifts.Add((day, s, variable.GetIndex()));
    }

    public PricingGroup Group { get; }

    /// <summary>The person's model, objective = personal cost in øre (unpriced).</summary>
    public CpModelProto Model => model;

    /// <summary>The model's variable for each shift the person may work on each day.</summary>
    public IReadOnlyList<(int Day, int Shift, int Variable)> Shifts => shifts;

    /// <summary>
    /// The rotations found (each with its personal cost, without the prices) and a lower bound on the cheapest
    /// rotation's cost plus prices. Proven optimal when the bound meets the best rotation found.
    /// </summary>
    /// <param name="priceOf">Price in øre of working a shift (by catalogue index) on a day.</param>
    /// <param name="weekendPrice">Price in øre of each weekend worked.</param>
    public PricingResult Price(Func<int, int, double> priceOf, double weekendPrice, SolveOptions options, CpSatRunner runner, CancellationToken cancellation)
    {
        var priced = model.Clone();
        var objective = priced.Objective;
        for (var i = 0; i < objective.Coeffs.Count; i++)
            objective.Coeffs[i] *= PriceScale;
        objective.Offset *= PriceScale;
        foreach (var (day, shift, variable) in shifts)
        {
            var price = (long)Math.Round(priceOf(day, shift) * PriceScale);
            if (price == 0)
                continue;
            objective.Vars.Add(variable);
            objective.Coeffs.Add(price);
        }
        var perWeekend = (long)Math.Round(weekendPrice * PriceScale);
        if (perWeekend != 0)
            foreach (var weekend in weekends)
                AddLiteral(objective, weekend.GetIndex(), perWeekend);
        var found = new List<IReadOnlyList<long>>();
        var report = runner.Solve(priced, options, progress => found.Add(progress.Values!), cancellation, captureSolutions: true);
        var columns = found.Select(values => Column(values)).ToList();
        if (report.Status == SolveStatus.ModelInvalid)
            throw new InvalidOperationException("the pricing model is invalid");
        // Each rounded price is off by at most half a unit, and a person works at most one shift a day and one weekend a
        // week. Only a solve that found a rotation reports a bound to trust: an infeasible one (the person has no legal
        // rotation: the unit has no plan) or one stopped before any (its bound may be a placeholder) says nothing here.
        var rounding = 0.5 * (days + (perWeekend != 0 ? weekends.Count : 0)) / PriceScale;
        var bound = report.HasSolution ? report.BestBound / PriceScale - rounding : double.NegativeInfinity;
        var best = report.HasSolution ? report.Objective!.Value / PriceScale + rounding : double.PositiveInfinity;
        return new PricingResult(columns, bound, best, report.Status == SolveStatus.Optimal);
    }

    /// <summary>A given rotation (e.g. a person's row of a plan) as a column, or null when it breaks a personal rule.</summary>
    public RotationColumn? Column(int[] shiftOfDay, SolveOptions options, CpSatRunner runner, CancellationToken cancellation)
    {
        var fixedModel = model.Clone();
        foreach (var (day, shift, variable) in shifts)
        {
            var value = shiftOfDay[day] == shift ? 1 : 0;
            fixedModel.Variables[variable].Domain.Clear();
            fixedModel.Variables[variable].Domain.Add(value);
            fixedModel.Variables[variable].Domain.Add(value);
        }
        var report = runner.Solve(fixedModel, options, null, cancellation);
        return report.HasSolution ? Column(report.Values) : null;
    }

    private RotationColumn Column(IReadOnlyList<long> values) =>
        new(Group.Index, ShiftsOf(values), Cost(values), weekends.Count(weekend => Value(values, weekend.GetIndex()) == 1));

    /// <summary>Adds coefficient × literal to the objective; a negative reference is the negated literal 1 − x.</summary>
    private static void AddLiteral(CpObjectiveProto objective, int reference, long coefficient)
    {
        if (reference >= 0)
        {
            objective.Vars.Add(reference);
            objective.Coeffs.Add(coefficient);
            return;
        }
        objective.Vars.Add(-reference - 1);
        objective.Coeffs.Add(-coefficient);
        objective.Offset += coefficient;
    }

    private static long Value(IReadOnlyList<long> values, int reference) => reference >= 0 ? values[reference] : 1 - values[-reference - 1];

    private int[] ShiftsOf(IReadOnlyList<long> values)
    {
        var shiftOfDay = Enumerable.Repeat(-1, days).ToArray();
        foreach (var (day, shift, variable) in shifts)
            if (values[variable] == 1)
                shiftOfDay[day] = shift;
        return shiftOfDay;
    }

    /// <summary>The personal cost of a solution: the unpriced objective, exactly.</summary>
    private double Cost(IReadOnlyList<long> values)
    {
        var objective = model.Objective;
        var cost = objective.Offset;
        for (var i = 0; i < objective.Vars.Count; i++)
        {
            cost += objective.Coeffs[i] * Value(values, objective.Vars[i]);
        }
        return cost;
    }
}

/// <summary>
/// What one pricing solve found: rotations, and the cheapest priced rotation's value bracketed: at least
/// <see cref="LowerBound"/>, at most <see cref="BestFound"/> (both allowing for the rounded prices).
/// </summary>
internal sealed record PricingResult(IReadOnlyList<RotationColumn> Columns, double LowerBound, double BestFound, bool Optimal);
