using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Solver.Turnus.Rules;
using Velferd.Turnus.Solver.Turnus.Soft;

namespace Velferd.Turnus.Solver.Turnus;

/// <summary>
/// The CP-SAT rotation model of one unit: person × day × shift over a cyclic rotation. The calls below
/// read as the contract the turnus keeps: first the hard rules (each the twin of a plan-checker rule of the
/// same name), then the priced and soft goals assembled into one objective in øre.
/// </summary>
public sealed class TurnusModel
{
    private TurnusModel(TurnusModelContext context, CoverageSegments coverage)
    {
        Context = context;
        Coverage = coverage;
    }

    public TurnusModelContext Context { get; }
    public CoverageSegments Coverage { get; }
    public CpModel Model => Context.Model;

    /// <param name="purpose">The optimisation model, or a relaxed model to find a first plan with (see <see cref="TurnusModelContext.Relaxed"/>).</param>
    public static TurnusModel Build(Unit unit, StaffingCurve demand, PlanOptions options, RuleGuards? guards = null, ModelPurpose purpose = ModelPurpose.Optimise)
    {
        var relaxed = purpose != ModelPurpose.Optimise;
        var context = new TurnusModelContext(unit, demand, options, guards ?? RuleGuards.Off, relaxed);
        var coverage = new CoverageSegments(context);
        var weekends = context.People.Select(person => Helgefrekvens.Weekends(context, person.Index)).ToList();

        // Hard rules (twins of Domain/Checking/Rules).
        PersonalRules.Add(context, weekends);
        CompetenceMinimum.Add(context, coverage);

        if (relaxed)
        {
            WeekendGroups.Apply(context, weekends, fix: purpose == ModelPurpose.FirstPlanInWeekendGroups);
            context.Objective.Minimize(context.Model);
            return new TurnusModel(context, coverage);
        }

        // Money and soft goals.
        Soft.Coverage.Add(context, coverage);
        Supplements.Add(context, coverage);
        PersonalGoals.Add(context);
        Fairness.Add(context, weekends);
        if (options.BreakSymmetry)
            SymmetryBreaking.Add(context);

        context.Objective.Minimize(context.Model);
        return new TurnusModel(context, coverage);
    }
}

/// <summary>What a turnus model is built for.</summary>
public enum ModelPurpose
{
    /// <summary>The real model: hard rules, costs and soft goals.</summary>
    Optimise,

    /// <summary>Relaxed: contracts and minimum staffing may be missed at a price; weekend groups as a hint.</summary>
    FirstPlan,

    /// <summary>Relaxed, and everybody works the weekends of their helgelinje (a smaller search, for the first try).</summary>
    FirstPlanInWeekendGroups,
}
