using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Torn;

namespace Velferd.Turnus.Solver.Torn.Rules;

/// <summary>
/// Twin of the checker's delegation limit: work only delegation opens to helsefagarbeidere (medicine handling)
/// fits in the weekly hours of the helsefagarbeidere who have delegated authority. Delegation is personal
/// (helsepersonelloven §5), so the split cannot recruit it.
/// </summary>
internal static class DelegatedCapacity
{
    public static void Add(TaskSplitContext context)
    {
        var delegated = context.All().Where(item => item.Performer == Performer.DelegertHelsefagarbeider)
            .Select(item => item.Minutes * context.CentiUplift(item.Task)).ToList();
        if (delegated.Count > 0)
            context.Model.Add(LinearExpr.Sum(delegated) <= (long)Math.Floor(context.Input.Capacity.DelegatedHfaHours * 60 * 100));
    }
}
