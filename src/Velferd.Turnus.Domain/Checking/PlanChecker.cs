using Velferd.Turnus.Domain.Checking.Measures;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Domain.Checking;

/// <summary>
/// Judges any plan for a unit, wherever it came from: lists every breach of the hard rules and measures
/// the soft ones. It shares definitions with the solver (Rules/WorkingTime) but none of its code.
/// </summary>
public static class PlanChecker
{
    public static CheckReport Check(Unit unit, Plan plan) => Check(unit, plan, DemandEngine.Build(unit));

    public static CheckReport Check(Unit unit, Plan plan, StaffingCurve demand)
    {
        var context = new CheckContext(Roster.Build(plan.Scenario.ApplyTo(unit), plan), demand);
        var breaches = HardRules.All.SelectMany(rule => rule.Check(context)).ToList();
        return new CheckReport(breaches, CoverageMeasure.Measure(context), PersonalMeasures.Measure(context));
    }
}
