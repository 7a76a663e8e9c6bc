namespace Velferd.Turnus.Domain.Checking.Rules;

/// <summary>A rule checked person by person on their timeline.</summary>
public abstract class PerPersonRule : IHardRule
{
    public abstract RuleId Id { get; }

    public IEnumerable<Breach> Check(CheckContext context) =>
        context.Timelines.SelectMany(timeline => Check(context, timeline));

    protected abstract IEnumerable<Breach> Check(CheckContext context, WorkTimeline timeline);

    protected Breach Breach(WorkTimeline timeline, int? day, string? shiftCode, string message) =>
        new(Id, timeline.Employee.Id, day, shiftCode, message);

    /// <summary>Which rotation days the person works a shift matching the predicate.</summary>
    protected static bool[] DaysWith(CheckContext context, WorkTimeline timeline, Func<Units.ShiftDefinition, bool> predicate)
    {
        var days = new bool[context.Days];
        foreach (var interval in timeline.Intervals)
            days[interval.Day] |= predicate(interval.Shift);
        return days;
    }
}
