namespace Velferd.Turnus.Domain.Benchmarks.Curtois;

/// <summary>A malformed instance file: says where (file, line, section) and what was expected.</summary>
public sealed class CurtoisFormatException : FormatException
{
    public CurtoisFormatException(string source, int line, string section, string problem)
        : base(Describe(source, line, section, problem))
    {
        Source = source;
        Line = line;
        Section = section;
        Problem = problem;
    }

    /// <summary>File name (or other label) the text came from.</summary>
    public new string Source { get; }

    /// <summary>1-based line number; 0 when the problem concerns the file as a whole.</summary>
    public int Line { get; }

    /// <summary>Section the line belongs to, or an empty string outside any section.</summary>
    public string Section { get; }

    /// <summary>What was wrong and what was expected, without the location.</summary>
    public string Problem { get; }

    private static string Describe(string source, int line, string section, string problem)
    {
        var where = line > 0 ? $"{source}:{line}" : source;
        return section.Length > 0 ? $"{where} [{section}]: {problem}" : $"{where}: {problem}";
    }
}
