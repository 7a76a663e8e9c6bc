using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Time;

namespace Velferd.Turnus.Domain.Demand;

/// <summary>
/// Staff needed per week slot (weekday × 15 minutes) and competence: the <i>desired</i> number awake
/// (fractional, vedtak load with indirect-time uplift plus base staffing), the <i>required</i> minimum
/// awake (base staffing and continuous 1:1/2:1 presence) and the sleeping presence (hvilende natt).
/// Demand for a competence is the lowest competence that may do the work; higher ones may cover it.
/// </summary>
public sealed class StaffingCurve
{
    private static readonly int CompetenceCount = CompetenceCodes.All.Count;

    private readonly double[] desired;
    private readonly int[] required;
    private readonly int[] sleeping;

    internal StaffingCurve(double[] desired, int[] required, int[] sleeping, DemandBreakdown breakdown)
    {
        this.desired = desired;
        this.required = required;
        this.sleeping = sleeping;
        Breakdown = breakdown;
    }

    public static StaffingCurve Empty(double directTimeShare) => new(
        new double[SlotGrid.SlotsPerWeek * CompetenceCount],
        new int[SlotGrid.SlotsPerWeek * CompetenceCount],
        new int[SlotGrid.SlotsPerWeek * CompetenceCount],
        new DemandBreakdown(0, 0, 0, 0, directTimeShare));

    /// <summary>Where the weekly staff hours come from, for reconciliation against the vedtak.</summary>
    public DemandBreakdown Breakdown { get; }

    public double Desired(int weekSlot, Competence competence) => desired[Index(weekSlot, competence)];

    public int Required(int weekSlot, Competence competence) => required[Index(weekSlot, competence)];

    public int Sleeping(int weekSlot, Competence competence) => sleeping[Index(weekSlot, competence)];

    public double DesiredTotal(int weekSlot) => CompetenceCodes.All.Sum(competence => Desired(weekSlot, competence));

    /// <summary>Awake staff hours per week the curve asks for, for one competence.</summary>
    public double DesiredStaffHoursPerWeek(Competence competence) =>
        Enumerable.Range(0, SlotGrid.SlotsPerWeek).Sum(slot => Desired(slot, competence)) * SlotGrid.SlotHours;

    public double SleepingStaffHoursPerWeek(Competence competence) =>
        Enumerable.Range(0, SlotGrid.SlotsPerWeek).Sum(slot => Sleeping(slot, competence)) * SlotGrid.SlotHours;

    /// <summary>All staff hours per week: awake desired plus sleeping presence.</summary>
    public double TotalStaffHoursPerWeek =>
        CompetenceCodes.All.Sum(competence => DesiredStaffHoursPerWeek(competence) + SleepingStaffHoursPerWeek(competence));

    /// <summary>Average desired staff in one clock hour of a weekday (four slots), for tables.</summary>
    public double HourlyDesired(Weekday day, int hour, Competence competence) =>
        Enumerable.Range(hour * 4, 4).Average(slot => Desired(SlotGrid.WeekSlot(day, slot), competence));

    public int HourlyRequired(Weekday day, int hour, Competence competence) =>
        Enumerable.Range(hour * 4, 4).Max(slot => Required(SlotGrid.WeekSlot(day, slot), competence));

    public int HourlySleeping(Weekday day, int hour, Competence competence) =>
        Enumerable.Range(hour * 4, 4).Max(slot => Sleeping(SlotGrid.WeekSlot(day, slot), competence));

    /// <summary>Competences with any demand, in coverage order, so tables show only what matters.</summary>
    public IReadOnlyList<Competence> CompetencesInUse =>
        CompetenceCodes.All.Where(competence => Enumerable.Range(0, SlotGrid.SlotsPerWeek)
            .Any(slot => Desired(slot, competence) > 0 || Sleeping(slot, competence) > 0)).ToList();

    /// <summary>A copy with one competence's awake demand replaced (used when TØRN moves tasks between professions).</summary>
    public StaffingCurve WithAwakeDemand(Competence competence, IReadOnlyList<double> desiredPerSlot, IReadOnlyList<int> requiredPerSlot)
    {
        var newDesired = (double[])desired.Clone();
        var newRequired = (int[])required.Clone();
        for (var slot = 0; slot < SlotGrid.SlotsPerWeek; slot++)
        {
            newDesired[Index(slot, competence)] = desiredPerSlot[slot];
            newRequired[Index(slot, competence)] = requiredPerSlot[slot];
        }
        return new StaffingCurve(newDesired, newRequired, (int[])sleeping.Clone(), Breakdown);
    }

    /// <summary>A copy with one competence's sleeping presence replaced (curves that travel between processes).</summary>
    public StaffingCurve WithSleeping(Competence competence, IReadOnlyList<int> sleepingPerSlot)
    {
        var newSleeping = (int[])sleeping.Clone();
        for (var slot = 0; slot < SlotGrid.SlotsPerWeek; slot++)
            newSleeping[Index(slot, competence)] = sleepingPerSlot[slot];
        return new StaffingCurve((double[])desired.Clone(), (int[])required.Clone(), newSleeping, Breakdown);
    }

    private static int Index(int weekSlot, Competence competence) => weekSlot * CompetenceCount + (int)competence;

    internal static int IndexOf(int weekSlot, Competence competence) => Index(weekSlot, competence);

    internal static int ArrayLength => SlotGrid.SlotsPerWeek * CompetenceCount;
}
