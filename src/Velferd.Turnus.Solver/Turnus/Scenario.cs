using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Solver.Turnus;

/// <summary>The planning scenario of a set of options, as the plan records it (see <see cref="PlanScenario"/>).</summary>
public static class Scenario
{
    public static PlanScenario Of(PlanOptions options) => new(options.HelgefrekvensForAll, options.LongShiftsForAll);

    /// <summary>The unit as the scenario changes it: the people the solver plans.</summary>
    public static Unit Apply(Unit unit, PlanOptions options) => Of(options).ApplyTo(unit);
}
