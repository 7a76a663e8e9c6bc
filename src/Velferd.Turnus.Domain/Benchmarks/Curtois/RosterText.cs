using System.Text;

namespace Velferd.Turnus.Domain.Benchmarks.Curtois;

/// <summary>
/// Plain-text roster grid for inspection and exchange: one line per employee, its ID followed by
/// one cell per day (shift ID, or "-" for a day off), separated by tabs; '#' lines are comments.
/// </summary>
public static class RosterText
{
    public const string OffCell = "-";

    public static string Write(CurtoisInstance instance, Roster roster, IEnumerable<string>? comments = null)
    {
        var text = new StringBuilder();
        foreach (var comment in comments ?? []) text.Append("# ").AppendLine(comment);
        text.Append("# employee");
        for (var d = 0; d < roster.HorizonDays; d++) text.Append('\t').Append(DayLabel(d));
        text.AppendLine();
        for (var e = 0; e < roster.StaffCount; e++)
        {
            text.Append(instance.Staff[e].Id);
            for (var d = 0; d < roster.HorizonDays; d++)
            {
                var shift = roster[e, d];
                text.Append('\t').Append(shift == Roster.Off ? OffCell : instance.Shifts[shift].Id);
            }
            text.AppendLine();
        }
        return text.ToString();
    }

    /// <summary>Reads a grid written by <see cref="Write"/>; every employee of the instance must appear once.</summary>
    public static Roster Parse(CurtoisInstance instance, string text, string source = "<roster>")
    {
        var rows = new int[instance.Staff.Count][];
        var number = 0;
        using var reader = new StringReader(text);
        while (reader.ReadLine() is { } raw)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var employee = Find(instance.Staff.Select(s => s.Id), cells[0]);
            if (employee < 0) throw new CurtoisFormatException(source, number, "roster", $"unknown employee '{cells[0]}'");
            if (rows[employee] is not null) throw new CurtoisFormatException(source, number, "roster", $"employee '{cells[0]}' appears twice");
            if (cells.Length - 1 != instance.HorizonDays)
            {
                throw new CurtoisFormatException(source, number, "roster",
                    $"expected {instance.HorizonDays} day cells after the employee ID, found {cells.Length - 1}");
            }
            rows[employee] = cells.Skip(1).Select(cell => ParseCell(instance, cell, source, number)).ToArray();
        }
        var missing = Array.FindIndex(rows, r => r is null);
        if (missing >= 0) throw new CurtoisFormatException(source, 0, "roster", $"employee '{instance.Staff[missing].Id}' has no line");
        return Roster.FromRows(rows);
    }

    private static int ParseCell(CurtoisInstance instance, string cell, string source, int line)
    {
        if (cell == OffCell) return Roster.Off;
        var shift = Find(instance.Shifts.Select(s => s.Id), cell);
        return shift >= 0 ? shift : throw new CurtoisFormatException(source, line, "roster", $"unknown shift '{cell}'; use a shift ID or '{OffCell}'");
    }

    private static int Find(IEnumerable<string> ids, string id)
    {
        var index = 0;
        foreach (var candidate in ids)
        {
            if (candidate == id) return index;
            index++;
        }
        return -1;
    }

    private static string DayLabel(int day) => "MTWTFSS"[day % 7] + day.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
