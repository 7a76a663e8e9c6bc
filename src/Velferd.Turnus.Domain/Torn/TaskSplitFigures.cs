using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Domain.Torn;

/// <summary>
/// The before/after report of a split, for a TØRN project lead: hours per competence (the competence mix), nurse
/// hours freed, cost per week, which tasks moved to whom, and how much of the vedtak the catalogue explains.
/// Hours are staff hours per week in the curve (awake plus sleeping presence); cost as <see cref="TornCost"/>.
/// </summary>
public sealed record TaskSplitFigures(
    IReadOnlyDictionary<Competence, double> HoursBefore,
    IReadOnlyDictionary<Competence, double> HoursAfter,
    double CostPerWeekBefore,
    double CostPerWeekAfter,
    IReadOnlyList<TaskFigures> Tasks,
    SplitReconciliation Reconciliation,
    double DelegatedHfaHoursAfter,
    double DelegatedHfaHoursAvailable)
{
    public double NurseHoursBefore => NurseHours(HoursBefore);

    public double NurseHoursAfter => NurseHours(HoursAfter);

    /// <summary>Sykepleier and vernepleier hours per week the split frees for work only they may do.</summary>
    public double NurseHoursFreed => NurseHoursBefore - NurseHoursAfter;

    public double CostSavedPerWeek => CostPerWeekBefore - CostPerWeekAfter;

    public static double NurseHours(IReadOnlyDictionary<Competence, double> hours) =>
        hours.Where(pair => pair.Key.IsNurseLevel()).Sum(pair => pair.Value);

    /// <summary>Share of the hours held by each competence.</summary>
    public static IReadOnlyDictionary<Competence, double> Mix(IReadOnlyDictionary<Competence, double> hours)
    {
        var total = hours.Values.Sum();
        return hours.ToDictionary(pair => pair.Key, pair => total > 0 ? pair.Value / total : 0);
    }

    public static TaskSplitFigures Of(TaskSplitInput input, TaskAllocation split)
    {
        var before = SplitCurves.Before(input);
        var after = SplitCurves.After(input, split);
        var unit = input.Unit;
        var tasks = input.Catalogue.Select((task, t) => new TaskFigures(task, input.WeeklyMinutes(t),
            PerPerformer(input.Today.Before, t), PerPerformer(split, t))).ToList();
        var delegatedAfter = Enumerable.Range(0, input.Catalogue.Count)
            .Sum(t => split.TaskMinutes(t, Performer.DelegertHelsefagarbeider) * input.Uplift(t)) / 60;
        return new TaskSplitFigures(Hours(before), Hours(after),
            TornCost.PerWeek(unit, before, input.Capacity), TornCost.PerWeek(unit, after, input.Capacity),
            tasks, SplitReconciliation.Of(input), delegatedAfter, input.Capacity.DelegatedHfaHours);
    }

    public static IReadOnlyDictionary<Competence, double> Hours(StaffingCurve curve) =>
        CompetenceCodes.All.ToDictionary(competence => competence,
            competence => curve.DesiredStaffHoursPerWeek(competence) + curve.SleepingStaffHoursPerWeek(competence));

    private static IReadOnlyDictionary<Performer, double> PerPerformer(TaskAllocation allocation, int task) =>
        Performers.All.ToDictionary(performer => performer, performer => allocation.TaskMinutes(task, performer));
}

/// <summary>One task's direct minutes per week by performer, today and after the split.</summary>
public sealed record TaskFigures(
    CareTask Task,
    int WeeklyMinutes,
    IReadOnlyDictionary<Performer, double> MinutesBefore,
    IReadOnlyDictionary<Performer, double> MinutesAfter)
{
    /// <summary>Minutes that changed hands: half the summed absolute change per performer.</summary>
    public double MinutesMoved => Performers.All.Sum(performer => Math.Abs(MinutesAfter[performer] - MinutesBefore[performer])) / 2;
}

/// <summary>
/// How the catalogue meets the vedtak, in staff hours per week. <see cref="PoolHours"/>: awake vedtak load with
/// uplift that tasks may explain; <see cref="ExplainedHours"/>: the part the catalogue's tasks account for (they
/// move with the split); <see cref="BeyondVedtakHours"/>: catalogue work the vedtak curve had no room for
/// (added to both curves); <see cref="PresenceHours"/>: base staffing, continuous and sleeping presence (not split).
/// </summary>
public sealed record SplitReconciliation(double CurveHours, double PoolHours, double CatalogueHours, double ExplainedHours, double BeyondVedtakHours, double PresenceHours)
{
    public double ExplainedShare => PoolHours > 0 ? ExplainedHours / PoolHours : 0;

    /// <summary>Vedtak load the catalogue does not explain: it stays at the vedtak's competence.</summary>
    public double UnexplainedHours => PoolHours - ExplainedHours;

    public static SplitReconciliation Of(TaskSplitInput input)
    {
        double Hours(TaskAllocation allocation) =>
            Enumerable.Range(0, input.Catalogue.Count).Sum(t => allocation.TaskMinutes(t) * input.Uplift(t)) / 60;
        var curve = input.VedtakCurve.TotalStaffHoursPerWeek;
        var pool = input.Pool.TotalStaffHoursPerWeek;
        var explained = Hours(input.Today.FromPool);
        var beyond = Hours(input.Today.BeyondVedtak);
        return new SplitReconciliation(curve, pool, explained + beyond, explained, beyond, curve - pool);
    }
}
