using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Torn;

namespace Velferd.Turnus.Solver.Torn.Soft;

/// <summary>
/// A task shared between several professions on one day costs handovers and unclear responsibility: each
/// performer a task uses on a day costs <see cref="TornWeights.FragmentPerTaskDay"/>, so a task goes to one
/// profession a day where capacity allows.
/// </summary>
internal static class Fragmentation
{
    public const string Rule = "oppsplitting";

    public static void Add(TaskSplitContext context)
    {
        var groups = context.All().GroupBy(item => (item.Task, item.Performer, item.Segment.Day));
        foreach (var group in groups)
        {
            if (TaskPermissions.Permitted(context.Input.Catalogue[group.Key.Task]).Count < 2)
                continue;
            var used = context.Model.NewBoolVar($"brukt_{context.Input.Catalogue[group.Key.Task].Id}_{group.Key.Performer.Code()}_{group.Key.Day}");
            foreach (var item in group)
                context.Model.Add(item.Minutes <= LinearExpr.Term(used, item.Segment.TaskMinutes[item.Task]));
            context.Objective.AddLiteral(Rule, used, TaskSplitContext.Ore(context.Weights.FragmentPerTaskDay));
        }
    }
}
