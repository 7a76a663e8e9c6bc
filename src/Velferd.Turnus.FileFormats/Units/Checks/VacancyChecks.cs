using static System.FormattableString;

namespace Velferd.Turnus.FileFormats.Units.Checks;

/// <summary>Vacancies: a size range that makes sense and workable settings.</summary>
internal static class VacancyChecks
{
    public static void Run(UnitCheckContext context)
    {
        var vacancies = context.Unit.Vacancies ?? [];
        for (var i = 0; i < vacancies.Count; i++)
        {
            var vacancy = vacancies[i];
            var path = $"$.vacancies[{i}]";
            var min = vacancy.MinStillingsprosent ?? 0;
            var max = vacancy.MaxStillingsprosent ?? 100;
            if (min > max)
                context.Issues.Error($"{path}.minStillingsprosent", Invariant($"is larger than maxStillingsprosent ({max:0.##})"));
            WorkPatternChecks.NightAndLongShifts(context, vacancy.Night, vacancy.LongShifts, path);
            WorkPatternChecks.Helgefrekvens(context, vacancy.Helgefrekvens, path);
        }
    }
}
