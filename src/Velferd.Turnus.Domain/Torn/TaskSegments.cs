using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Domain.Torn;

/// <summary>Cuts the week into <see cref="TaskSegment"/>s and rounds each task's minutes to whole minutes per segment.</summary>
public static class TaskSegments
{
    private const double Tolerance = 1e-9;

    public static IReadOnlyList<TaskSegment> Build(IReadOnlyList<CareTask> catalogue, int residents, StaffingCurve pool)
    {
        var perSlot = catalogue.Select(task => TaskLoad.MinutesPerSlot(task, residents)).ToList();
        var runs = Runs(perSlot, pool);
        var rounded = catalogue.Select((task, t) => RoundedPerRun(runs, perSlot[t], task.MinutesPerWeek(residents))).ToList();
        return runs.Select((run, i) => new TaskSegment(i, run.First, run.Count,
                catalogue.Select((_, t) => rounded[t][i]).ToList(),
                CompetenceCodes.All.Select(competence => pool.Desired(run.First, competence) * SlotGrid.SlotMinutes * run.Count).ToList()))
            .ToList();
    }

    /// <summary>Runs of slots within one day with the same task loads and pool, keeping only runs with task work.</summary>
    private static List<(int First, int Count)> Runs(IReadOnlyList<double[]> perSlot, StaffingCurve pool)
    {
        var runs = new List<(int First, int Count)>();
        var start = 0;
        for (var slot = 1; slot <= SlotGrid.SlotsPerWeek; slot++)
        {
            if (slot < SlotGrid.SlotsPerWeek && SlotGrid.SlotOfDay(slot) != 0 && Same(perSlot, pool, start, slot))
                continue;
            if (perSlot.Any(load => load[start] > Tolerance))
                runs.Add((start, slot - start));
            start = slot;
        }
        return runs;
    }

    private static bool Same(IReadOnlyList<double[]> perSlot, StaffingCurve pool, int a, int b) =>
        perSlot.All(load => Math.Abs(load[a] - load[b]) < Tolerance) &&
        CompetenceCodes.All.All(competence => Math.Abs(pool.Desired(a, competence) - pool.Desired(b, competence)) < Tolerance);

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
