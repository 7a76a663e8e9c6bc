using Velferd.Turnus.FileFormats.Validation;

namespace Velferd.Turnus.FileFormats.Units.Checks;

/// <summary>
/// The checks the schema cannot express: cross-references, duplicate ids, time windows, capacity,
/// law limits on shifts, rule overrides. They run after the schema check, so types are already right.
/// </summary>
internal static class UnitChecks
{
    public static void Run(UnitFileDto unit, IssueList issues)
    {
        var context = new UnitCheckContext(unit, issues);
        UnitSettingsChecks.Run(context);
        ShiftChecks.Run(context);
        VedtakChecks.Run(context);
        BaseStaffingChecks.Run(context);
        EmployeeChecks.Run(context);
        VacancyChecks.Run(context);
        RuleChecks.Run(context);
        TaskChecks.Run(context);
        CoverageChecks.Run(context);
    }
}
