namespace Velferd.Turnus.FileFormats.Units.Checks;

/// <summary>Employees: unique ids (shared with vacancies), workable night and langvakt settings, weeks inside the rotation, wishes naming real shifts.</summary>
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
        for (var i = 0; i < employees.Count; i++)
            Check(context, employees[i], $"$.employees[{i}]");
    }

    private static void Check(UnitCheckContext context, EmployeeDto employee, string path)
    {
        var issues = context.Issues;
        WorkPatternChecks.NightAndLongShifts(context, employee.Night, employee.LongShifts, path);
        WorkPatternChecks.Helgefrekvens(context, employee.Helgefrekvens, path);
        if (employee.Stillingsprosent is 0)
            issues.Warning($"{path}.stillingsprosent", "is 0: the employee gets no shifts");
        if (employee.DesiredStillingsprosent is { } desired && employee.Stillingsprosent is { } actual && desired < actual)
            issues.Warning($"{path}.desiredStillingsprosent", $"is smaller than the position ({actual:0.##} %); the planner only grows positions");

        var unavailable = employee.Unavailable ?? [];
        for (var i = 0; i < unavailable.Count; i++)
            WeekInRotation(context, unavailable[i].Week, $"{path}.unavailable[{i}].week");

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
