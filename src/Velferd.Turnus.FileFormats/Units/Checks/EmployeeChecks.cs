using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Time;
using static System.FormattableString;

namespace Velferd.Turnus.FileFormats.Units.Checks;

/// <summary>
/// Employees: unique ids (shared with vacancies), somebody to plan, workable night and langvakt settings, days they can
/// work, a competence the unit needs, weeks inside the rotation, wishes naming real shifts.
/// </summary>
internal static class EmployeeChecks
{
    public static void Run(UnitCheckContext context)
    {
        var employees = context.Unit.Employees ?? [];
        var vacancies = context.Unit.Vacancies ?? [];
        context.CheckUnique(
            employees.Select((employee, i) => (employee.Id, $"$.employees[{i}].id"))
                .Concat(vacancies.Select((vacancy, i) => (vacancy.Id, $"$.vacancies[{i}].id"))),
            "employee or vacancy id");
        if (employees.Count == 0 && vacancies.Count == 0)
            context.Issues.Warning("$.employees", "the unit has no employees or vacancies: there is nobody to plan");
        var demanded = DemandedCompetences(context);
        for (var i = 0; i < employees.Count; i++)
        {
            Check(context, employees[i], $"$.employees[{i}]");
            ServesSomeDemand(context, demanded, employees[i].Competence, $"$.employees[{i}].competence");
        }
    }

    /// <summary>Competences the vedtak and base staffing ask for.</summary>
    private static HashSet<Competence> DemandedCompetences(UnitCheckContext context) =>
        (context.Unit.Residents ?? []).SelectMany(resident => resident.Vedtak ?? []).Select(vedtak => vedtak.Competence)
            .Concat((context.Unit.BaseStaffing ?? []).Select(rule => rule.Competence))
            .Select(code => CompetenceCodes.TryParse(code, out var competence) ? (Competence?)competence : null)
            .OfType<Competence>().ToHashSet();

    private static void ServesSomeDemand(UnitCheckContext context, HashSet<Competence> demanded, string? code, string path)
    {
        if (demanded.Count == 0 || !CompetenceCodes.TryParse(code, out var staff) || demanded.Any(need => CompetenceCoverage.CanCover(staff, need)))
            return;
        var needs = string.Join(", ", CompetenceCodes.All.Where(demanded.Contains).Select(need => need.Code()));
        context.Issues.Warning(path, $"no demand in this unit can be served by this competence (demand: {needs})");
    }

    private static void Check(UnitCheckContext context, EmployeeDto employee, string path)
    {
        var issues = context.Issues;
        WorkPatternChecks.NightAndLongShifts(context, employee.Night, employee.LongShifts, path);
        WorkPatternChecks.Helgefrekvens(context, employee.Helgefrekvens, path);
        if (employee.Stillingsprosent is 0)
            issues.Warning($"{path}.stillingsprosent", "is 0: the employee gets no shifts");
        if (employee.DesiredStillingsprosent is { } desired && employee.Stillingsprosent is { } actual && desired < actual)
            issues.Warning($"{path}.desiredStillingsprosent", Invariant($"is smaller than the position ({actual:0.##} %); the planner only grows positions"));

        var unavailable = employee.Unavailable ?? [];
        for (var i = 0; i < unavailable.Count; i++)
            WeekInRotation(context, unavailable[i].Week, $"{path}.unavailable[{i}].week");
        var everyWeek = unavailable.Where(entry => entry.Week is null).Select(entry => entry.Weekday).ToHashSet();
        if (WeekdayNames.All.All(day => everyWeek.Contains(day.Code())))
            issues.Error($"{path}.unavailable", "lists every day of the week: the employee can get no shifts");

        var wishes = employee.Wishes ?? [];
        for (var i = 0; i < wishes.Count; i++)
        {
            var wish = wishes[i];
            WeekInRotation(context, wish.Week, $"{path}.wishes[{i}].week");
            if (wish.Shift is { } code && !context.ShiftCodes.Contains(code))
                issues.Error($"{path}.wishes[{i}].shift", $"unknown shift code; the unit's shifts are: {string.Join(", ", context.ShiftCodes)}");
        }
    }

    private static void WeekInRotation(UnitCheckContext context, int? week, string path)
    {
        if (week is { } w && w > context.RotationWeeks)
            context.Issues.Error(path, $"is beyond the rotation of {context.RotationWeeks} weeks (rotationWeeks)");
    }
}
