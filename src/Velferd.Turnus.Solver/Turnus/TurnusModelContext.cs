using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Domain.Rules;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Turnus;

/// <summary>What every rule function of the turnus model needs: the model, its variables, the unit and the scenario.</summary>
public sealed class TurnusModelContext
{
    /// <param name="people">Whom to plan (indexed from 0); everybody in the scenario when null.</param>
    public TurnusModelContext(Unit unit, StaffingCurve demand, PlanOptions options, RuleGuards guards, bool relaxed = false, IReadOnlyList<PlannedPerson>? people = null)
    {
        Relaxed = relaxed;
        Unit = unit;
        Demand = demand;
        Options = options;
        Guards = guards;
        Calendar = new RotationCalendar(options.Weeks ?? unit.RotationWeeks);
        People = people ?? PlannedPerson.From(unit, options);
        Variables = new TurnusVariables(Model, People, unit.Shifts, Calendar, guards);
        Sizes = new PositionSizes(Model, People, unit.Rules, Calendar.Weeks, options.PositionStepPercent);
        DayCosts = new DayCosts(Calendar.Days);
    }

    public CpModel Model { get; } = new();
    public ObjectiveBuilder Objective { get; } = new();
    public Unit Unit { get; }
    public StaffingCurve Demand { get; }
    public PlanOptions Options { get; }
    public PlanWeights Weights => Options.Weights;
    public RuleSet Rules => Unit.Rules;
    public RotationCalendar Calendar { get; }
    public IReadOnlyList<PlannedPerson> People { get; }
    public TurnusVariables Variables { get; }
    public IReadOnlyList<ShiftDefinition> Shifts => Unit.Shifts;
    public int Weeks => Calendar.Weeks;
    public int Days => Calendar.Days;

    /// <summary>Enforcement literals per rule and subject, so an infeasible unit can be explained (see <see cref="RuleGuards"/>).</summary>
    public RuleGuards Guards { get; }

    /// <summary>The coverage costs of each day, for searches that go where the money is.</summary>
    public DayCosts DayCosts { get; }

    /// <summary>Each person's position size: fixed, or a variable the planner chooses.</summary>
    public PositionSizes Sizes { get; }

    /// <summary>
    /// The first-plan model: contracted hours and the required minimum may be missed, each minute of it a
    /// violation, and the objective is only the violations. A solution with none is a legal plan.
    /// </summary>
    public bool Relaxed { get; }

    public const string ViolationRule = "brudd";

    /// <summary>Objective weights are in øre (NOK × 100) so small per-slot costs stay whole numbers.</summary>
    public static long Ore(double kroner) => (long)Math.Round(kroner * 100);

    public int CountedMinutes(int shift) => WorkingTime.CountedMinutes(Shifts[shift], Rules);
}
