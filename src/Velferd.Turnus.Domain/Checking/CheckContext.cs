using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Domain.Rules;

namespace Velferd.Turnus.Domain.Checking;

/// <summary>What every rule reads: the roster, each person's timeline, the rules and the demand.</summary>
public sealed class CheckContext
{
    public CheckContext(Roster roster, StaffingCurve demand)
    {
        Roster = roster;
        Demand = demand;
        Timelines = Enumerable.Range(0, roster.Staff.Count).Select(index => WorkTimeline.Of(roster, index)).ToList();
        Coverage = new CoverageGrid(roster);
    }

    public Roster Roster { get; }
    public StaffingCurve Demand { get; }
    public IReadOnlyList<WorkTimeline> Timelines { get; }
    public CoverageGrid Coverage { get; }
    public RuleSet Rules => Roster.Unit.Rules;
    public int Weeks => Roster.Plan.RotationWeeks;
    public int Days => Roster.Days;
}
