namespace Velferd.Turnus.Domain.Torn;

/// <summary>
/// Direct task minutes per week given to each performer, per segment and task (indexes of the split input).
/// The "before" (today) and the "after" (the split) are both allocations of the same task minutes.
/// </summary>
public sealed class TaskAllocation
{
    private readonly double[,,] minutes;

    public TaskAllocation(int segments, int tasks) => minutes = new double[segments, tasks, Performers.All.Count];

    public int SegmentCount => minutes.GetLength(0);

    public int TaskCount => minutes.GetLength(1);

    public double Minutes(int segment, int task, Performer performer) => minutes[segment, task, (int)performer];

    public void Add(int segment, int task, Performer performer, double value) => minutes[segment, task, (int)performer] += value;

    public double TaskMinutes(int task) =>
        Enumerable.Range(0, SegmentCount).Sum(segment => Performers.All.Sum(performer => Minutes(segment, task, performer)));

    public double TaskMinutes(int task, Performer performer) =>
        Enumerable.Range(0, SegmentCount).Sum(segment => Minutes(segment, task, performer));

    public double SegmentMinutes(int segment, int task) => Performers.All.Sum(performer => Minutes(segment, task, performer));

    /// <summary>Every non-zero entry, for checks and exports.</summary>
    public IEnumerable<(int Segment, int Task, Performer Performer, double Minutes)> Entries()
    {
        for (var segment = 0; segment < SegmentCount; segment++)
            for (var task = 0; task < TaskCount; task++)
                foreach (var performer in Performers.All)
                    if (Minutes(segment, task, performer) is var value and not 0)
                        yield return (segment, task, performer, value);
    }

    /// <summary>This allocation plus another of the same shape.</summary>
    public TaskAllocation Plus(TaskAllocation other)
    {
        var sum = new TaskAllocation(SegmentCount, TaskCount);
        foreach (var (segment, task, performer, value) in Entries().Concat(other.Entries()))
            sum.Add(segment, task, performer, value);
        return sum;
    }
}
