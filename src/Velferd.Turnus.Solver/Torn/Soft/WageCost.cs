using Velferd.Turnus.Domain.Torn;

namespace Velferd.Turnus.Solver.Torn.Soft;

/// <summary>
/// Each task minute costs the staff time it takes (minutes × uplift) at the employer's hourly cost of the
/// performer's competence (cost profile: wage and social costs over a full-time year).
/// </summary>
internal static class WageCost
{
    public const string Rule = "lonn";

    public static void Add(TaskSplitContext context)
    {
        var unit = context.Input.Unit;
        foreach (var (_, task, performer, minutes) in context.All())
        {
            var perMinute = TornCost.HourlyWage(unit, performer.Competence()) * context.Input.Uplift(task) / 60;
            context.Objective.Add(Rule, minutes, TaskSplitContext.Ore(perMinute));
        }
    }
}
