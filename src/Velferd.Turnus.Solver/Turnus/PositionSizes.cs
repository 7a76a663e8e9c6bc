using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Rules;
using SatDomain = Google.OrTools.Util.Domain;

namespace Velferd.Turnus.Solver.Turnus;

/// <summary>
/// Position sizes as the model sees them: a fixed contract, or a number of steps (5 % each by default)
/// the planner chooses between the person's smallest and largest size; zero steps leaves a vacancy unfilled.
/// </summary>
public sealed class PositionSizes
{
    private readonly IntVar?[] steps;
    private readonly long[] maxSteps;
    private readonly ILiteral?[] filled;
    private readonly HashSet<int> requiredFilled = [];
    private readonly double[] fixedPercent;
    private readonly RuleSet rules;
    private readonly int weeks;

    public PositionSizes(CpModel model, IReadOnlyList<PlannedPerson> people, RuleSet rules, int weeks, double stepPercent)
    {
        StepPercent = stepPercent;
        this.rules = rules;
        this.weeks = weeks;
        steps = new IntVar?[people.Count];
        maxSteps = new long[people.Count];
        filled = new ILiteral?[people.Count];
        fixedPercent = new double[people.Count];
        foreach (var person in people)
        {
            if (!person.HasVariableSize)
            {
                fixedPercent[person.Index] = person.MinPercent;
                continue;
            }
            var (min, max) = StepRange(person, stepPercent);
            maxSteps[person.Index] = max;
            var domain = person.IsVacancy && min > 0
                ? SatDomain.FromValues([0, .. Enumerable.Range((int)min, (int)(max - min + 1)).Select(value => (long)value)])
                : new SatDomain(min, max);
            var variable = model.NewIntVarFromDomain(domain, $"size_{person.Id}");
            steps[person.Index] = variable;
            if (person.IsVacancy)
            {
                var used = model.NewBoolVar($"filled_{person.Id}");
                model.Add(variable >= 1).OnlyEnforceIf(used);
                model.Add(variable == 0).OnlyEnforceIf(used.Not());
                filled[person.Index] = used;
            }
        }
    }

    public double StepPercent { get; }

    /// <summary>The steps a planner-sized position may take (a vacancy may also take none).</summary>
    private static (long Min, long Max) StepRange(PlannedPerson person, double stepPercent) =>
        ((long)Math.Ceiling(person.MinPercent / stepPercent - 1e-9), (long)Math.Floor(person.MaxPercent / stepPercent + 1e-9));

    /// <summary>Whether the model can give the person this size: the contract when fixed, else whole steps in range (or 0 for a vacancy).</summary>
    public static bool Allows(PlannedPerson person, double percent, double stepPercent)
    {
        if (!person.HasVariableSize)
            return Math.Abs(percent - person.MinPercent) < 1e-6;
        var steps = percent / stepPercent;
        if (Math.Abs(steps - Math.Round(steps)) > 1e-6)
            return false;
        var (min, max) = StepRange(person, stepPercent);
        var whole = (long)Math.Round(steps);
        return (person.IsVacancy && whole == 0) || (whole >= min && whole <= max);
    }

    public IntVar? Steps(int person) => steps[person];

    /// <summary>
    /// The person's contract in minutes over the rotation, rounded for the chosen size exactly as the plan checker
    /// rounds it (WorkingTime.ContractMinutes); steps × one step's rounded minutes would drift by up to half a minute a step.
    /// </summary>
    public LinearExpr ContractMinutes(CpModel model, int person)
    {
        if (steps[person] is not { } variable)
            return LinearExpr.Constant(WorkingTime.ContractMinutes(fixedPercent[person], rules, weeks));
        var bySteps = Enumerable.Range(0, (int)maxSteps[person] + 1)
            .Select(step => (long)WorkingTime.ContractMinutes(step * StepPercent, rules, weeks)).ToList();
        var contract = model.NewIntVar(0, bySteps.Max(), $"contract_{person}");
        model.AddElement(variable, bySteps, contract);
        return contract;
    }

    /// <summary>True when a vacancy gets a position (null for people who always have one).</summary>
    public ILiteral? Filled(int person) => filled[person];

    /// <summary>Posts that a vacancy is filled in every plan (proved needed), so a search move that empties it is futile.</summary>
    public void RequireFilled(CpModel model, int person)
    {
        model.AddBoolOr([filled[person] ?? throw new ArgumentException($"person {person} is not a vacancy", nameof(person))]);
        requiredFilled.Add(person);
    }

    /// <summary>Whether <see cref="RequireFilled"/> was posted for the vacancy.</summary>
    public bool IsRequiredFilled(int person) => requiredFilled.Contains(person);

    /// <summary>The person's position in percent as a model expression.</summary>
    public LinearExpr Percent(int person) =>
        steps[person] is { } variable ? LinearExpr.Term(variable, (long)StepPercent) : LinearExpr.Constant((long)Math.Round(fixedPercent[person]));

    public double FixedPercent(int person) => fixedPercent[person];

    /// <summary>The person's position in percent in a solution.</summary>
    public double Value(int person, Func<IntVar, long> valueOf) =>
        steps[person] is { } variable ? valueOf(variable) * StepPercent : fixedPercent[person];
}
