using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.FileFormats.Units;
using Velferd.Turnus.FileFormats.Validation;
using Velferd.Turnus.Grains.Abstractions.Units;

namespace Velferd.Turnus.Grains.Units;

/// <summary>Reading a unit file for a unit grain: the located issues, the facts, and the demand curve on the wire.</summary>
internal static class UnitDefinitions
{
    public static (Unit? Unit, List<UnitIssue> Issues) Read(string json, string fileName, string unitId)
    {
        var result = UnitFileReader.Parse(json, fileName);
        var issues = result.Issues.Select(ToWire).ToList();
        if (result.Unit is { } unit && unit.Id != unitId)
        {
            issues.Add(new UnitIssue(fileName, "$.id", $"\"{unit.Id}\"", $"is not the unit this file was sent to (\"{unitId}\"); send it to unit \"{unit.Id}\"", true, null, null));
            return (null, issues);
        }
        return (result.Unit, issues);
    }

    public static UnitFacts Facts(Unit unit) => new(
        unit.Name, unit.Kind.ToString(), unit.Residents.Count, unit.AllVedtak.Count(), unit.Employees.Count, unit.Vacancies.Count,
        DemandEngine.Build(unit).TotalStaffHoursPerWeek);

    public static DemandCurve Curve(Unit unit)
    {
        var curve = DemandEngine.Build(unit);
        var slots = Enumerable.Range(0, SlotGrid.SlotsPerWeek).ToList();
        var competences = curve.CompetencesInUse.Select(competence => new CompetenceDemand(
            competence.ToString(),
            curve.DesiredStaffHoursPerWeek(competence),
            curve.SleepingStaffHoursPerWeek(competence),
            slots.Select(slot => curve.Desired(slot, competence)).ToList(),
            slots.Select(slot => curve.Required(slot, competence)).ToList())).ToList();
        return new DemandCurve(unit.Id, SlotGrid.SlotMinutes, competences);
    }

    private static UnitIssue ToWire(ValidationIssue issue) =>
        new(issue.File, issue.Path, issue.Value, issue.Message, issue.IsError, issue.Line, issue.Column);
}
