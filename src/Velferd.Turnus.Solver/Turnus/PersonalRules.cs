using Google.OrTools.Sat;
using Velferd.Turnus.Solver.Turnus.Rules;

namespace Velferd.Turnus.Solver.Turnus;

/// <summary>
/// The hard rules (Turnus/Rules) that concern one person's rotation alone. The turnus model posts them for everybody; the
/// rotation pricer of <see cref="Columns.RotationColumnBound"/> posts them for one person, so both see the same rules.
/// </summary>
internal static class PersonalRules
{
    public static void Add(TurnusModelContext context, IReadOnlyList<IReadOnlyList<ILiteral>> weekends)
    {
        DailyRest.Add(context);
        WeeklyRest.Add(context);
        MaxHoursPerWeek.Add(context);
        ContractedHours.Add(context);
        Helgefrekvens.Add(context, weekends);
        SundayRule.Add(context);
        NightRules.Add(context);
        MaxConsecutiveWorkDays.Add(context);
    }
}
