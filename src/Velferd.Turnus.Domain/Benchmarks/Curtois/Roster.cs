namespace Velferd.Turnus.Domain.Benchmarks.Curtois;

/// <summary>
/// Who works which shift on which day: one shift index or <see cref="Off"/> per employee and day.
/// One cell per employee and day means "at most one shift a day" holds by construction.
/// </summary>
public sealed class Roster
{
    public const int Off = -1;

    private readonly int[] _cells;

    private Roster(int staffCount, int horizonDays, int[] cells)
    {
        StaffCount = staffCount;
        HorizonDays = horizonDays;
        _cells = cells;
    }

    public int StaffCount { get; }

    public int HorizonDays { get; }

    /// <summary>Shift index worked by <paramref name="employee"/> on <paramref name="day"/>, or <see cref="Off"/>.</summary>
    public int this[int employee, int day] => _cells[employee * HorizonDays + day];

    public bool Works(int employee, int day) => this[employee, day] != Off;

    /// <summary>Builds a roster from one row of shift indexes (or <see cref="Off"/>) per employee.</summary>
    public static Roster FromRows(IReadOnlyList<IReadOnlyList<int>> rows)
    {
        var days = rows.Count == 0 ? 0 : rows[0].Count;
        var cells = new int[rows.Count * days];
        for (var e = 0; e < rows.Count; e++)
        {
            if (rows[e].Count != days) throw new ArgumentException($"Row {e} has {rows[e].Count} days, expected {days}.", nameof(rows));
            for (var d = 0; d < days; d++) cells[e * days + d] = rows[e][d];
        }
        return new Roster(rows.Count, days, cells);
    }

    /// <summary>Builds a roster by asking <paramref name="shiftAt"/> for every employee and day.</summary>
    public static Roster Create(int staffCount, int horizonDays, Func<int, int, int> shiftAt)
    {
        var cells = new int[staffCount * horizonDays];
        for (var e = 0; e < staffCount; e++)
        {
            for (var d = 0; d < horizonDays; d++) cells[e * horizonDays + d] = shiftAt(e, d);
        }
        return new Roster(staffCount, horizonDays, cells);
    }

    /// <summary>An all-off roster of the instance's size.</summary>
    public static Roster Empty(CurtoisInstance instance) =>
        Create(instance.Staff.Count, instance.HorizonDays, (_, _) => Off);
}
