using Velferd.Turnus.Domain.Torn;

namespace Velferd.Turnus.Solver.Torn.Soft;

/// <summary>
/// TØRN's "top of licence" goal: sykepleiere and vernepleiere on work only they may do. Each hour they spend on a
/// task that another profession may do costs <see cref="TornWeights.TopOfLicencePerHour"/> on top of the wage.
/// </summary>
internal static class TopOfLicence
{
    public const string Rule = "toppen-av-lisensen";

    public static void Add(TaskSplitContext context)
    {
        foreach (var (_, task, performer, minutes) in context.All())
        {
            if (!performer.IsNurseLevel() || TaskPermissions.IsNurseOnly(context.Input.Catalogue[task]))
                continue;
            var perMinute = context.Weights.TopOfLicencePerHour * context.Input.Uplift(task) / 60;
            context.Objective.Add(Rule, minutes, TaskSplitContext.Ore(perMinute));
        }
    }
}
