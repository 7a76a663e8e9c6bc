using Velferd.Turnus.Domain.Torn;
using Velferd.Turnus.Solver.Torn.Rules;
using Velferd.Turnus.Solver.Torn.Soft;

namespace Velferd.Turnus.Solver.Torn;

/// <summary>
/// The CP-SAT model of a unit's TØRN split: direct task minutes per segment, task and performer. The calls below
/// read as its contract: only permitted performers have variables (twin of the checker's permission check), every
/// task's minutes are given out exactly, delegated work fits the delegated helsefagarbeidere; then wage cost,
/// agency hours beyond capacity, the top-of-licence goal and fragmentation, assembled into one objective in øre.
/// </summary>
public sealed class TaskSplitModel
{
    private TaskSplitModel(TaskSplitContext context) => Context = context;

    public TaskSplitContext Context { get; }

    public static TaskSplitModel Build(TaskSplitInput input, TornOptions options)
    {
        var context = new TaskSplitContext(input, options);

        TaskTotals.Add(context);
        DelegatedCapacity.Add(context);

        WageCost.Add(context);
        AgencyBeyondCapacity.Add(context);
        TopOfLicence.Add(context);
        Fragmentation.Add(context);

        context.Objective.Minimize(context.Model);
        return new TaskSplitModel(context);
    }
}
