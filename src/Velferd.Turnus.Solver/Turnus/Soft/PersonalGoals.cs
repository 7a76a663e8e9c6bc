namespace Velferd.Turnus.Solver.Turnus.Soft;

/// <summary>
/// The priced goals that depend on one person's rotation alone (position size and pay, wishes, day patterns, weekend
/// share). Fairness compares people and coverage sums them, so they are not here.
/// </summary>
internal static class PersonalGoals
{
    public static void Add(TurnusModelContext context)
    {
        Positions.Add(context);
        Wishes.Add(context);
        DayPatterns.Add(context);
        WeekendShare.Add(context);
    }
}
