using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Torn;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Torn;

/// <summary>
/// What every rule of the split model needs: the model, the input, and the decision variables — direct task
/// minutes per segment, task and performer, created only where the performer may do the task.
/// </summary>
public sealed class TaskSplitContext
{
    private readonly IntVar?[,,] minutes;

    public TaskSplitContext(TaskSplitInput input, TornOptions options)
    {
        Input = input;
        Options = options;
        minutes = new IntVar?[input.Segments.Count, input.Catalogue.Count, Performers.All.Count];
        foreach (var segment in input.Segments)
            for (var task = 0; task < input.Catalogue.Count; task++)
            {
                if (segment.TaskMinutes[task] == 0)
                    continue;
                foreach (var performer in TaskPermissions.Permitted(input.Catalogue[task]))
                    minutes[segment.Index, task, (int)performer] =
                        Model.NewIntVar(0, segment.TaskMinutes[task], $"x_{segment.Index}_{input.Catalogue[task].Id}_{performer.Code()}");
            }
    }

    public CpModel Model { get; } = new();
    public ObjectiveBuilder Objective { get; } = new();
    public TaskSplitInput Input { get; }
    public TornOptions Options { get; }
    public TornWeights Weights => Options.Weights;

    /// <summary>Minutes of the task the performer does in the segment; null when the performer may not do it (or there is none).</summary>
    public IntVar? Minutes(int segment, int task, Performer performer) => minutes[segment, task, (int)performer];

    /// <summary>Every decision variable with its indexes.</summary>
    public IEnumerable<(TaskSegment Segment, int Task, Performer Performer, IntVar Minutes)> All()
    {
        foreach (var segment in Input.Segments)
            for (var task = 0; task < Input.Catalogue.Count; task++)
                foreach (var performer in Performers.All)
                    if (Minutes(segment.Index, task, performer) is { } variable)
                        yield return (segment, task, performer, variable);
    }

    /// <summary>Staff time in hundredths of a minute per direct task minute (task minutes × uplift, whole).</summary>
    public long CentiUplift(int task) => (long)Math.Round(Input.Uplift(task) * 100);

    /// <summary>Objective weights are in øre (NOK × 100) so per-minute costs stay whole numbers.</summary>
    public static long Ore(double kroner) => (long)Math.Round(kroner * 100);

    public TaskAllocation Decode(IReadOnlyList<long> values)
    {
        var allocation = new TaskAllocation(Input.Segments.Count, Input.Catalogue.Count);
        foreach (var (segment, task, performer, variable) in All())
            allocation.Add(segment.Index, task, performer, values.Value(variable));
        return allocation;
    }
}
