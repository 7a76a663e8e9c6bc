using Velferd.Turnus.Domain.Planning;

namespace Velferd.Turnus.Solver.Turnus;

/// <summary>
/// A turnus repeats, so a legal plan for a rotation whose length divides the wanted one, repeated, keeps every
/// rule that does not single out one week (contracts, rest, helgefrekvens, Sundays all repeat with it). The
/// short rotation is a much smaller search: the first plan of a 6-week unit is found as a 3-week one.
/// </summary>
internal static class RotationTiling
{
    /// <summary>The rotation to try first: half the weeks (a third when odd), or none below four weeks.</summary>
    public static int? ShorterRotation(int weeks) => weeks switch
    {
        < 4 => null,
        _ when weeks % 2 == 0 => weeks / 2,
        _ when weeks % 3 == 0 => weeks / 3,
        _ => null,
    };

    public static Plan Repeat(Plan plan, int weeks)
    {
        var copies = weeks / plan.RotationWeeks;
        var assignments = Enumerable.Range(0, copies)
            .SelectMany(copy => plan.Assignments.Select(assignment => assignment with { Day = assignment.Day + copy * plan.Days }))
            .ToList();
        return plan with { RotationWeeks = weeks, Assignments = assignments };
    }
}
