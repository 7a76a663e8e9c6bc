namespace Velferd.Turnus.Domain.Checking;

/// <summary>
/// One breach of a hard rule: which rule, who, which rotation day (0-based) and shift, the
/// legal reference and a Norwegian message a unit leader can act on.
/// </summary>
public sealed record Breach(
    RuleId Rule,
    string? EmployeeId,
    int? Day,
    string? ShiftCode,
    string Message)
{
    public string Reference => RuleInfo.Of(Rule).Reference;

    public string RuleName => RuleInfo.Of(Rule).Name;

    public override string ToString()
    {
        var where = string.Join(", ", new[] { EmployeeId, Day is { } d ? DayNames.Describe(d) : null, ShiftCode }.Where(part => part is not null));
        return $"[{RuleName}] {(where.Length > 0 ? where + ": " : "")}{Message} ({Reference})";
    }
}
