namespace Velferd.Turnus.Solver.Turnus.Columns;

/// <summary>
/// One person's whole rotation as a column of the master: the shift worked each day (−1 when off), its personal cost in
/// øre, and how many weekends it works (as the turnus model counts them: any shift overlapping Saturday–Sunday).
/// </summary>
internal sealed record RotationColumn(int Group, int[] ShiftOfDay, double Cost, int Weekends)
{
    public string Key => $"{Group}:{string.Join(',', ShiftOfDay)}";

    public IEnumerable<(int Day, int Shift)> Worked() =>
        ShiftOfDay.Select((shift, day) => (Day: day, Shift: shift)).Where(entry => entry.Shift >= 0);
}
