using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Solver.Turnus;

/// <summary>
/// The rotation cut into segments of consecutive 15-minute slots in which the same shifts are on site and
/// the demand is the same, so one constraint stands for many slots. Staff on site are counted per
/// (day, shift, competence) once, in <see cref="OnShift"/>, and segments sum those counts.
/// </summary>
public sealed class CoverageSegments
{
    private static readonly IReadOnlyList<Competence> Competences = CompetenceCodes.All;
    private readonly IntVar?[,,] onShift;

    /// <param name="countPeople">
    /// True: each count is the sum of the people's shift variables. False: counts are free integers bounded by
    /// how many could work the shift (the aggregate relaxation, see AggregateBound).
    /// </param>
    public CoverageSegments(TurnusModelContext context, bool countPeople = true)
    {
        var days = context.Days;
        onShift = new IntVar?[days, context.Shifts.Count, Competences.Count];
        for (var day = 0; day < days; day++)
            for (var s = 0; s < context.Shifts.Count; s++)
                foreach (var competence in Competences)
                    onShift[day, s, (int)competence] = CountOnShift(context, day, s, competence, countPeople);
        Segments = Build(context);
    }

    public IReadOnlyList<Segment> Segments { get; }

    /// <summary>How many of a competence work the shift on the day (null when nobody can).</summary>
    public IntVar? OnShift(int day, int shift, Competence competence) => onShift[day, shift, (int)competence];

    /// <summary>Staff of the given competences on site in a segment, awake or asleep.</summary>
    public LinearExpr Supply(Segment segment, IEnumerable<Competence> competences, TurnusModelContext context, bool sleeping)
    {
        var terms = new List<LinearExpr>();
        foreach (var (day, s) in segment.OnSite)
        {
            if ((context.Shifts[s].Category == ShiftCategory.SleepingNight) != sleeping)
                continue;
            foreach (var competence in competences)
                if (onShift[day, s, (int)competence] is { } count)
                    terms.Add(count);
        }
        return LinearExpr.Sum(terms);
    }

    private static IntVar? CountOnShift(TurnusModelContext context, int day, int shift, Competence competence, bool countPeople)
    {
        var variables = context.People.Where(person => person.Employee.Competence == competence)
            .Select(person => context.Variables.Shift(person.Index, day, shift)).OfType<BoolVar>().ToList();
        if (variables.Count == 0)
            return null;
        var count = context.Model.NewIntVar(0, variables.Count, $"n_{day}_{context.Shifts[shift].Code}_{competence.Code()}");
        if (countPeople)
            context.Model.Add(count == LinearExpr.Sum(variables));
        return count;
    }

    private static List<Segment> Build(TurnusModelContext context)
    {
        var slotsPerDay = SlotGrid.SlotsPerDay;
        var totalSlots = context.Days * slotsPerDay;
        var onSite = new List<(int Day, int Shift)>[totalSlots];
        for (var i = 0; i < totalSlots; i++)
            onSite[i] = [];
        for (var day = 0; day < context.Days; day++)
        {
            for (var s = 0; s < context.Shifts.Count; s++)
            {
                var shift = context.Shifts[s];
                var first = day * slotsPerDay + shift.Start.Minutes / SlotGrid.SlotMinutes;
                var count = (shift.DurationMinutes + SlotGrid.SlotMinutes - 1) / SlotGrid.SlotMinutes;
                for (var i = 0; i < count; i++)
                    onSite[(first + i) % totalSlots].Add((day, s));
            }
        }

        var segments = new List<Segment>();
        var start = 0;
        for (var slot = 1; slot <= totalSlots; slot++)
        {
            if (slot < totalSlots && SameAs(context, onSite, start, slot))
                continue;
            segments.Add(new Segment(start, slot - start, onSite[start], DemandAt(context, start)));
            start = slot;
        }
        return segments;
    }

    private static bool SameAs(TurnusModelContext context, List<(int Day, int Shift)>[] onSite, int a, int b) =>
        onSite[a].SequenceEqual(onSite[b]) && DemandAt(context, a).Equals(DemandAt(context, b));

    private static SlotDemand DemandAt(TurnusModelContext context, int rotationSlot)
    {
        var weekSlot = rotationSlot % SlotGrid.SlotsPerWeek;
        return new SlotDemand(
            [.. Competences.Select(competence => context.Demand.Desired(weekSlot, competence))],
            [.. Competences.Select(competence => context.Demand.Required(weekSlot, competence))],
            [.. Competences.Select(competence => context.Demand.Sleeping(weekSlot, competence))]);
    }
}

/// <summary>Consecutive rotation slots with the same shifts on site and the same demand.</summary>
public sealed record Segment(int FirstSlot, int SlotCount, IReadOnlyList<(int Day, int Shift)> OnSite, SlotDemand Demand)
{
    public int Day => FirstSlot / SlotGrid.SlotsPerDay;

    public double Hours => SlotCount * SlotGrid.SlotHours;
}

/// <summary>Desired awake, required awake and sleeping presence per competence (indexed by competence).</summary>
public sealed record SlotDemand(double[] Desired, int[] Required, int[] Sleeping)
{
    public bool Equals(SlotDemand? other) =>
        other is not null && Desired.SequenceEqual(other.Desired) && Required.SequenceEqual(other.Required) && Sleeping.SequenceEqual(other.Sleeping);

    public override int GetHashCode() => HashCode.Combine(Desired.Sum(), Required.Sum(), Sleeping.Sum());

    public double Total => Desired.Sum() + Sleeping.Sum();
}
