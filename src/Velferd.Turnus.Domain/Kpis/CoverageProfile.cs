using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Domain.Time;

namespace Velferd.Turnus.Domain.Kpis;

/// <summary>
/// Demand against plan per weekday and hour: staff the curve asks for (awake desired plus sleeping
/// presence) and staff the plan puts on site, averaged over the rotation's weeks. For charts and tables.
/// </summary>
public sealed record CoverageProfile(double[,] Demand, double[,] Planned, double[,] Required)
{
    public static CoverageProfile Of(Roster roster, StaffingCurve demand)
    {
        var grid = new CoverageGrid(roster);
        var demanded = new double[7, 24];
        var planned = new double[7, 24];
        var required = new double[7, 24];
        var weeks = roster.Plan.RotationWeeks;
        for (var slot = 0; slot < grid.SlotCount; slot++)
        {
            var weekSlot = CoverageGrid.WeekSlot(slot);
            var day = (int)SlotGrid.DayOf(weekSlot);
            var hour = SlotGrid.SlotOfDay(weekSlot) / 4;
            planned[day, hour] += CompetenceCodes.All.Sum(competence => grid.Awake(slot, competence) + grid.Sleeping(slot, competence)) / 4.0 / weeks;
        }
        for (var weekSlot = 0; weekSlot < SlotGrid.SlotsPerWeek; weekSlot++)
        {
            var day = (int)SlotGrid.DayOf(weekSlot);
            var hour = SlotGrid.SlotOfDay(weekSlot) / 4;
            demanded[day, hour] += CompetenceCodes.All.Sum(competence => demand.Desired(weekSlot, competence) + demand.Sleeping(weekSlot, competence)) / 4.0;
            required[day, hour] = Math.Max(required[day, hour],
                CompetenceCodes.All.Sum(competence => demand.Required(weekSlot, competence) + demand.Sleeping(weekSlot, competence)));
        }
        return new CoverageProfile(demanded, planned, required);
    }
}
