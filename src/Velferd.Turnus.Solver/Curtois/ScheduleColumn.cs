namespace Velferd.Turnus.Solver.Curtois;

/// <summary>One legal schedule of one employee (a column of the master problem) and its request penalty.</summary>
internal sealed record ScheduleColumn(int Employee, int[] Shifts, int RequestPenalty);

