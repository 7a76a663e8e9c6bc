using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Time;

namespace Velferd.Turnus.Solver.Turnus.Rules;

/// <summary>
/// Twin of the checker's CompetenceMinimum: in every segment and coverage group, awake staff who can serve
/// the group meet its required minimum, and awake plus sleeping staff meet it together with sleeping presence.
/// Relaxed, a shortfall is allowed and counted as a violation.
/// </summary>
internal static class CompetenceMinimum
{
    public static void Add(TurnusModelContext context, CoverageSegments coverage)
    {
        foreach (var segment in coverage.Segments)
        {
            foreach (var group in CompetenceCoverage.Groups)
            {
                var requiredAwake = group.Demanded.Sum(competence => segment.Demand.Required[(int)competence]);
                var requiredAll = requiredAwake + group.Demanded.Sum(competence => segment.Demand.Sleeping[(int)competence]);
                if (requiredAll == 0)
                    continue;
                var served = CompetenceCodes.All.Where(group.IsServedBy).ToList();
                var guard = context.Guards.For(context.Model, RuleId.CompetenceMinimum, null, segment.Day,
                    $"minst {requiredAll} {string.Join("/", group.Demanded.Select(competence => competence.Code()))} {Period(segment)}");
                var awake = coverage.Supply(segment, served, context, sleeping: false);
                var missing = Missing(context, segment, requiredAll);
                if (requiredAwake > 0)
                    context.Model.Add(awake + missing >= requiredAwake).When(guard);
                if (requiredAll > requiredAwake)
                    context.Model.Add(awake + coverage.Supply(segment, served, context, sleeping: true) + missing >= requiredAll).When(guard);
            }
        }
    }

    /// <summary>Zero when the rule is hard; when relaxed, a shortfall each staff-slot of which counts as a violation.</summary>
    private static LinearExpr Missing(TurnusModelContext context, Segment segment, int required)
    {
        if (!context.Relaxed)
            return LinearExpr.Constant(0);
        var missing = context.Model.NewIntVar(0, required, $"minimumviolation_{segment.FirstSlot}");
        context.Objective.Add(TurnusModelContext.ViolationRule, missing, 60L * segment.SlotCount);
        return missing;
    }

    private static string Period(Segment segment)
    {
        var from = new ClockTime(segment.FirstSlot % SlotGrid.SlotsPerDay * SlotGrid.SlotMinutes);
        var to = new ClockTime((segment.FirstSlot % SlotGrid.SlotsPerDay + segment.SlotCount) * SlotGrid.SlotMinutes % ClockTime.MinutesPerDay);
        return $"{from}–{to} {DayNames.Describe(segment.Day)}";
    }
}
