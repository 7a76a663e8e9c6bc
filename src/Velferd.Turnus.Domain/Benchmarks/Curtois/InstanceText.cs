namespace Velferd.Turnus.Domain.Benchmarks.Curtois;

/// <summary>A meaningful (non-blank, non-comment) line of an instance file with its 1-based number.</summary>
internal sealed record SourceLine(int Number, string Text);

/// <summary>
/// Splits instance text into its sections, dropping comments and blank lines and keeping line
/// numbers, so that every later error can point at the line that caused it.
/// </summary>
internal sealed class InstanceText
{
    public const string Horizon = "SECTION_HORIZON";
    public const string Shifts = "SECTION_SHIFTS";
    public const string Staff = "SECTION_STAFF";
    public const string DaysOff = "SECTION_DAYS_OFF";
    public const string ShiftOnRequests = "SECTION_SHIFT_ON_REQUESTS";
    public const string ShiftOffRequests = "SECTION_SHIFT_OFF_REQUESTS";
    public const string Cover = "SECTION_COVER";

    private static readonly string[] KnownSections =
        [Horizon, Shifts, Staff, DaysOff, ShiftOnRequests, ShiftOffRequests, Cover];

    private static readonly string[] RequiredSections = [Horizon, Shifts, Staff];

    private readonly Dictionary<string, List<SourceLine>> _sections;

    private InstanceText(string source, Dictionary<string, List<SourceLine>> sections)
    {
        Source = source;
        _sections = sections;
    }

    public string Source { get; }

    /// <summary>The lines of a section, or none when the optional section is absent.</summary>
    public IReadOnlyList<SourceLine> Lines(string section) =>
        _sections.TryGetValue(section, out var lines) ? lines : [];

    public static InstanceText Split(string text, string source)
    {
        var sections = new Dictionary<string, List<SourceLine>>(StringComparer.Ordinal);
        List<SourceLine>? current = null;
        var number = 0;
        using var reader = new StringReader(text);
        while (reader.ReadLine() is { } raw)
        {
            number++;
            // A byte-order mark or trailing CR/blanks must not change the meaning of a line.
            var line = raw.Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || line.StartsWith('#')) continue;

            if (line.StartsWith("SECTION_", StringComparison.Ordinal))
            {
                if (Array.IndexOf(KnownSections, line) < 0)
                {
                    throw new CurtoisFormatException(source, number, "",
                        $"unknown section '{line}'; expected one of {string.Join(", ", KnownSections)}");
                }
                if (sections.ContainsKey(line))
                {
                    throw new CurtoisFormatException(source, number, line, "section appears a second time");
                }
                current = [];
                sections.Add(line, current);
                continue;
            }

            if (current is null)
            {
                throw new CurtoisFormatException(source, number, "",
                    $"expected a section header such as {Horizon} before data, found '{line}'");
            }
            current.Add(new SourceLine(number, line));
        }

        foreach (var required in RequiredSections)
        {
            if (!sections.ContainsKey(required))
            {
                throw new CurtoisFormatException(source, 0, required, "required section is missing");
            }
        }
        return new InstanceText(source, sections);
    }
}
