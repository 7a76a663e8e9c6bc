namespace Velferd.Turnus.FileFormats.Units.Checks;

/// <summary>Settings employees and vacancies share: night work, langvakter, helgefrekvens.</summary>
internal static class WorkPatternChecks
{
    public static void NightAndLongShifts(UnitCheckContext context, string? night, bool? longShifts, string path)
    {
        var categories = context.Shifts.Select(shift => shift.Category).ToHashSet();
        if (night == "only" && !categories.Contains("night") && !categories.Contains("sleepingNight"))
            context.Issues.Error($"{path}.night", "is 'only' but the unit has no night shift (category night or sleepingNight)");
        if (night != "only" && categories.All(category => category is "night" or "sleepingNight"))
            context.Issues.Error($"{path}.night", "must be 'only': the unit has only night shifts");
        if (longShifts == true && !categories.Contains("long"))
            context.Issues.Warning($"{path}.longShifts", "is true but the unit has no long shift (category long)");
    }

    public static void Helgefrekvens(UnitCheckContext context, int? helgefrekvens, string path)
    {
        if (helgefrekvens is { } every && every > 1 && context.RotationWeeks % every != 0)
        {
            context.Issues.Warning($"{path}.helgefrekvens",
                $"a {context.RotationWeeks}-week rotation cannot give every {every}. weekend evenly; at most {context.RotationWeeks / every} weekend(s) per rotation are planned");
        }
    }
}
