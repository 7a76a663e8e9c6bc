namespace Velferd.Turnus.Benchmarks.Curtois;

/// <summary>
/// A section of a results file that another benchmark command owns: written between two marker comments, replaced on
/// the next run, appended when missing, so the rest of the file (another command's output) is left as it was.
/// </summary>
internal static class ReportSection
{
    public static void Write(string file, string name, string markdown)
    {
        var begin = $"<!-- begin {name} -->";
        var end = $"<!-- end {name} -->";
        var section = $"{begin}\n{markdown.TrimEnd()}\n{end}\n";
        var text = File.Exists(file) ? File.ReadAllText(file) : "";
        var from = text.IndexOf(begin, StringComparison.Ordinal);
        var to = text.IndexOf(end, StringComparison.Ordinal);
        text = from >= 0 && to > from
            ? text[..from] + section + text[(to + end.Length)..].TrimStart('\n')
            : text.TrimEnd() + (text.Length > 0 ? "\n\n" : "") + section;
        File.WriteAllText(file, text);
    }
}
