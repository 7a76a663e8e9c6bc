using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Domain.Torn;

/// <summary>Cuts the week into <see cref="TaskSegment"/>s and rounds each task's minutes to whole minutes per segment.</summary>
public static class TaskSegments
{
    private const double Tolerance = 1e-9;

    public static IReadOnlyList<TaskSegment> Build(IReadOnlyList<CareTask> catalogue, int residents)
    {
        var perSlot = catalogue.Select(task => TaskLoad.MinutesPerSlot(task, residents)).ToList();
        var runs = Runs(perSlot, WindowEdges(catalogue));
        var rounded = catalogue.Select((task, t) => RoundedPerRun(runs, perSlot[t], task.MinutesPerWeek(residents))).ToList();
        return runs.Select((run, i) => new TaskSegment(i, run.First, run.Count, catalogue.Select((_, t) => rounded[t][i]).ToList())).ToList();
    }

    /// <summary>Each window of each task on each of its days, with the segments inside it.</summary>
    public static IReadOnlyList<TaskOccurrence> Occurrences(IReadOnlyList<CareTask> catalogue, IReadOnlyList<TaskSegment> segments)
    {
        var occurrences = new List<TaskOccurrence>();
        for (var t = 0; t < catalogue.Count; t++)
            foreach (var day in catalogue[t].Weekdays)
                foreach (var window in catalogue[t].Windows)
                {
                    var slots = SlotGrid.SlotsOf(day, window).ToList();
                    var slotSet = slots.ToHashSet();
                    var inside = segments.Where(segment => slotSet.Contains(segment.FirstSlot) && segment.TaskMinutes[t] > 0).Select(segment => segment.Index).ToList();
                    occurrences.Add(new TaskOccurrence(t, day, window, slots, inside));
                }
        return occurrences;
    }

    /// <summary>Slots where some task's window starts or ends: segments never cross them.</summary>
    private static bool[] WindowEdges(IReadOnlyList<CareTask> catalogue)
    {
        var edges = new bool[SlotGrid.SlotsPerWeek];
        foreach (var task in catalogue)
            foreach (var day in task.Weekdays)
                foreach (var window in task.Windows)
                {
                    var slots = SlotGrid.SlotsOf(day, window).ToList();
                    edges[slots[0]] = true;
                    edges[(slots[^1] + 1) % SlotGrid.SlotsPerWeek] = true;
                }
        return edges;
    }

    /// <summary>Runs of slots within one day with the same task loads, keeping only runs with task work.</summary>
    private static List<(int First, int Count)> Runs(IReadOnlyList<double[]> perSlot, bool[] edges)
    {
        var runs = new List<(int First, int Count)>();
        var start = 0;
        for (var slot = 1; slot <= SlotGrid.SlotsPerWeek; slot++)
        {
            if (slot < SlotGrid.SlotsPerWeek && SlotGrid.SlotOfDay(slot) != 0 && !edges[slot] &&
                perSlot.All(load => Math.Abs(load[start] - load[slot]) < Tolerance))
                continue;
            if (perSlot.Any(load => load[start] > Tolerance))
                runs.Add((start, slot - start));
            start = slot;
        }
        return runs;
    }

    /// <summary>Whole minutes per run that add up to the task's weekly minutes, rounded (largest remainder).</summary>
    private static int[] RoundedPerRun(List<(int First, int Count)> runs, double[] perSlot, double weeklyMinutes)
    {
        var exact = runs.Select(run => Enumerable.Range(run.First, run.Count).Sum(slot => perSlot[slot])).ToArray();
        var result = exact.Select(value => (int)Math.Floor(value + Tolerance)).ToArray();
        var missing = (int)Math.Round(weeklyMinutes) - result.Sum();
        foreach (var i in Enumerable.Range(0, runs.Count).Where(i => exact[i] > Tolerance).OrderByDescending(i => exact[i] - result[i]).ThenBy(i => i))
        {
            if (missing <= 0)
                break;
            result[i]++;
            missing--;
        }
        return result;
    }
}
