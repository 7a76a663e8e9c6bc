using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.FileFormats.Validation;

namespace Velferd.Turnus.FileFormats.Plans;

/// <summary>A plan file must match its unit: same unit id, known people once each, known shift codes, 7 × weeks days.</summary>
internal static class PlanFileChecks
{
    public static void Run(PlanFileDto plan, Unit unit, IssueList issues)
    {
        if (plan.UnitId != unit.Id)
            issues.Error("$.unitId", $"belongs to another unit; the unit file has id \"{unit.Id}\"");
        var people = unit.Employees.Select(employee => employee.Id).Concat(unit.Vacancies.Select(vacancy => vacancy.Id)).ToHashSet();
        var shifts = unit.Shifts.Select(shift => shift.Code).ToHashSet();
        var days = (plan.RotationWeeks ?? 0) * 7;
        var seen = new HashSet<string>();
        var rows = plan.Rows ?? [];
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var path = $"$.rows[{i}]";
            if (row.Employee is { } id && !people.Contains(id))
                issues.Error($"{path}.employee", $"is not an employee or vacancy of unit \"{unit.Id}\"");
            else if (row.Employee is { } repeated && !seen.Add(repeated))
                issues.Error($"{path}.employee", "has more than one row");
            var codes = row.Days ?? [];
            if (codes.Count != days)
                issues.Error($"{path}.days", $"has {codes.Count} days; a {plan.RotationWeeks}-week rotation has {days}");
            for (var day = 0; day < codes.Count; day++)
            {
                if (codes[day].Length > 0 && !shifts.Contains(codes[day]))
                    issues.Error($"{path}.days[{day}]", $"unknown shift code; the unit's shifts are: {string.Join(", ", shifts)} (\"\" for a day off)");
            }
        }
    }
}
