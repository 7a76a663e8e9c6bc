namespace Velferd.Turnus.Grains.Abstractions.Units;

/// <summary>One located problem in a unit file, as <c>UnitFileReader</c> reports it.</summary>
[GenerateSerializer, Immutable, Alias("Velferd.Turnus.UnitIssue")]
public sealed record UnitIssue(string File, string Path, string? Value, string Message, bool IsError, int? Line, int? Column)
{
    public override string ToString()
    {
        var location = Line is { } line ? $"{File}:{line}:{Column ?? 1}" : File;
        var subject = Value is null ? Path : $"{Path} = {Value}";
        return $"{location}: {(IsError ? "" : "warning: ")}{subject}: {Message}";
    }
}

/// <summary>The answer to defining a unit: accepted (with warnings) and stored, or rejected with its errors.</summary>
[GenerateSerializer, Immutable, Alias("Velferd.Turnus.DefineUnitResult")]
public sealed record DefineUnitResult(bool Accepted, int DefinitionVersion, IReadOnlyList<UnitIssue> Issues)
{
    public IEnumerable<UnitIssue> Errors => Issues.Where(issue => issue.IsError);
}

/// <summary>What a unit is, in a few numbers, and its latest plan.</summary>
[GenerateSerializer, Immutable, Alias("Velferd.Turnus.UnitOverview")]
public sealed record UnitOverview(
    string UnitId,
    string Name,
    string Kind,
    int DefinitionVersion,
    DateTimeOffset DefinedAt,
    int Residents,
    int Vedtak,
    int Employees,
    int Vacancies,
    double DemandStaffHoursPerWeek,
    IReadOnlyList<UnitIssue> Warnings,
    PlanVersionSummary? LatestPlan);

/// <summary>The unit's staffing curve: per competence, staff wanted in each 15-minute slot of the week (Monday 00:00 first).</summary>
[GenerateSerializer, Immutable, Alias("Velferd.Turnus.DemandCurve")]
public sealed record DemandCurve(string UnitId, int SlotMinutes, IReadOnlyList<CompetenceDemand> Competences)
{
    public double StaffHoursPerWeek => Competences.Sum(competence => competence.AwakeHoursPerWeek + competence.SleepingHoursPerWeek);
}

[GenerateSerializer, Immutable, Alias("Velferd.Turnus.CompetenceDemand")]
public sealed record CompetenceDemand(
    string Competence,
    double AwakeHoursPerWeek,
    double SleepingHoursPerWeek,
    IReadOnlyList<double> DesiredPerSlot,
    IReadOnlyList<int> RequiredPerSlot);
