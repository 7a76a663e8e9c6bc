namespace Velferd.Turnus.FileFormats.Validation;

public enum IssueSeverity
{
    Error,
    Warning,
}

/// <summary>
/// One problem in an input file, located so a person can fix it:
/// <c>samples/x.json:14:9: $.residents[3].vedtak[0].hoursPerWeek = -4: must be between 0 and 168</c>.
/// </summary>
public sealed record ValidationIssue(
    string File,
    string Path,
    string? Value,
    string Message,
    IssueSeverity Severity = IssueSeverity.Error,
    int? Line = null,
    int? Column = null)
{
    public bool IsError => Severity == IssueSeverity.Error;

    public override string ToString()
    {
        var location = Line is { } line ? $"{File}:{line}:{Column ?? 1}" : File;
        var subject = Value is null ? Path : $"{Path} = {Value}";
        var prefix = Severity == IssueSeverity.Warning ? "warning: " : "";
        return $"{location}: {prefix}{subject}: {Message}";
    }
}
