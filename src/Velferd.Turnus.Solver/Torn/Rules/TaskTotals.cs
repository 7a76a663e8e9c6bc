using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Torn;

namespace Velferd.Turnus.Solver.Torn.Rules;

/// <summary>
/// Twin of the checker's totals: every task's minutes in every segment are given out exactly — the split moves
/// work between professions inside the task's windows, it never drops or adds any.
/// </summary>
internal static class TaskTotals
{
    public static void Add(TaskSplitContext context)
    {
        foreach (var segment in context.Input.Segments)
            for (var task = 0; task < context.Input.Catalogue.Count; task++)
            {
                if (segment.TaskMinutes[task] == 0)
                    continue;
                var given = Performers.All.Select(performer => context.Minutes(segment.Index, task, performer)).OfType<IntVar>();
                context.Model.Add(LinearExpr.Sum(given) == segment.TaskMinutes[task]);
            }
    }
}
