using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Domain.Checking;

/// <summary>
/// Who is on site in every 15-minute slot of the rotation, awake or sleeping, by competence.
/// A shift covers its slots from start to end (break included: staff are on site); a shift over
/// midnight covers the next day's first slots, and the last night wraps into day 0.
/// </summary>
public sealed class CoverageGrid
{
    private static readonly int CompetenceCount = CompetenceCodes.All.Count;
    private readonly int[] awake;
    private readonly int[] sleeping;

    public CoverageGrid(Roster roster)
    {
        Days = roster.Days;
        awake = new int[Days * SlotGrid.SlotsPerDay * CompetenceCount];
        sleeping = new int[awake.Length];
        for (var person = 0; person < roster.Staff.Count; person++)
        {
            var competence = roster.Staff[person].Competence;
            for (var day = 0; day < Days; day++)
            {
                if (roster.ShiftOn(person, day) is not { } shift)
                    continue;
                var target = shift.Category == ShiftCategory.SleepingNight ? sleeping : awake;
                foreach (var slot in SlotsOf(day, shift))
                    target[Index(slot, competence)]++;
            }
        }
    }

    public int Days { get; }

    public int SlotCount => Days * SlotGrid.SlotsPerDay;

    /// <summary>Rotation slots a shift worked on a day covers (wrapping past the last day).</summary>
    public IEnumerable<int> SlotsOf(int day, ShiftDefinition shift)
    {
        var first = day * SlotGrid.SlotsPerDay + shift.Start.Minutes / SlotGrid.SlotMinutes;
        var count = (shift.DurationMinutes + SlotGrid.SlotMinutes - 1) / SlotGrid.SlotMinutes;
        for (var i = 0; i < count; i++)
            yield return (first + i) % SlotCount;
    }

    public int Awake(int rotationSlot, Competence competence) => awake[Index(rotationSlot, competence)];

    public int Sleeping(int rotationSlot, Competence competence) => sleeping[Index(rotationSlot, competence)];

    /// <summary>The weekly demand slot a rotation slot corresponds to.</summary>
    public static int WeekSlot(int rotationSlot) => rotationSlot % SlotGrid.SlotsPerWeek;

    private static int Index(int rotationSlot, Competence competence) => rotationSlot * CompetenceCount + (int)competence;
}
