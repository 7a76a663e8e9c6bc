namespace Velferd.Turnus.Domain.Benchmarks.Curtois;

/// <summary>A maximal run of working days (or of days off) of one employee, first day and length.</summary>
internal readonly record struct WorkBlock(int Start, int Length, bool Working)
{
    public int End => Start + Length - 1;

    public bool TouchesHorizonEnd(int horizonDays) => Start == 0 || End == horizonDays - 1;

    /// <summary>Splits an employee's row into alternating blocks of work and of days off.</summary>
    public static IEnumerable<WorkBlock> Of(Roster roster, int employee)
    {
        var start = 0;
        for (var d = 1; d <= roster.HorizonDays; d++)
        {
            if (d == roster.HorizonDays || roster.Works(employee, d) != roster.Works(employee, start))
            {
                yield return new WorkBlock(start, d - start, roster.Works(employee, start));
                start = d;
            }
        }
    }
}
