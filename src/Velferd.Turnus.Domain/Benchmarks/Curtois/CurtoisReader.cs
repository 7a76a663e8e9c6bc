namespace Velferd.Turnus.Domain.Benchmarks.Curtois;

/// <summary>
/// Reads the Curtois &amp; Qu instance format (see shared/benchmarks/curtois/README.md).
/// Malformed input raises <see cref="CurtoisFormatException"/> with file, line, section and what was expected.
/// </summary>
public static class CurtoisReader
{
    private const string StaffLayout =
        "8 fields: ID, MaxShifts (T=n|...), MaxTotalMinutes, MinTotalMinutes, MaxConsecutiveShifts, " +
        "MinConsecutiveShifts, MinConsecutiveDaysOff, MaxWeekends";

    public static CurtoisInstance ReadFile(string path)
    {
        var text = File.ReadAllText(path);
        return Parse(text, Path.GetFileName(path), Path.GetFileNameWithoutExtension(path));
    }

    /// <param name="source">Label used in error messages, usually the file name.</param>
    /// <param name="name">Instance name; defaults to <paramref name="source"/>.</param>
    public static CurtoisInstance Parse(string text, string source = "<text>", string? name = null)
    {
        var sections = InstanceText.Split(text, source);
        var horizon = ReadHorizon(sections);
        var shifts = ReadShifts(sections);
        var shiftIndex = IndexOf(shifts.Select(s => s.Id));
        var daysOff = ReadDaysOff(sections, horizon, StaffIds(sections));
        var staff = ReadStaff(sections, horizon, shifts, shiftIndex, daysOff);
        var staffIndex = IndexOf(staff.Select(s => s.Id));
        return new CurtoisInstance(
            name ?? source,
            horizon,
            shifts,
            staff,
            ReadRequests(sections, InstanceText.ShiftOnRequests, horizon, staffIndex, shiftIndex),
            ReadRequests(sections, InstanceText.ShiftOffRequests, horizon, staffIndex, shiftIndex),
            ReadCover(sections, horizon, shiftIndex));
    }

    private static int ReadHorizon(InstanceText text)
    {
        var lines = text.Lines(InstanceText.Horizon);
        if (lines.Count != 1)
        {
            var line = lines.Count == 0 ? 0 : lines[1].Number;
            throw new CurtoisFormatException(text.Source, line, InstanceText.Horizon,
                $"expected exactly one line with the number of days, found {lines.Count}");
        }
        var fields = new LineFields(text.Source, InstanceText.Horizon, lines[0]);
        fields.ExpectCount(1, 1, "the number of days");
        var days = fields.NonNegative(0, "number of days");
        if (days == 0) throw fields.Error("the horizon must have at least one day");
        return days;
    }

    private static List<ShiftType> ReadShifts(InstanceText text)
    {
        const string section = InstanceText.Shifts;
        var rows = text.Lines(section).Select(l => new LineFields(text.Source, section, l)).ToList();
        if (rows.Count == 0) throw new CurtoisFormatException(text.Source, 0, section, "no shift types defined");

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            row.ExpectCount(2, 3, "ShiftID, length in minutes, shifts that cannot follow (| separated)");
            var id = row.Id(0, "a shift ID");
            if (!ids.TryAdd(id, ids.Count)) throw row.Error($"shift '{id}' is defined twice");
        }

        return rows.Select(row =>
        {
            var length = row.NonNegative(1, "shift length in minutes");
            var cannotFollow = row.Count < 3
                ? []
                : SplitList(row[2]).Select(id => row.Reference(id, ids, "shift in the cannot-follow list")).ToList();
            return new ShiftType(row[0], length, cannotFollow);
        }).ToList();
    }

    /// <summary>Staff IDs are needed before SECTION_STAFF is fully read because days off attach to them.</summary>
    private static Dictionary<string, int> StaffIds(InstanceText text)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in text.Lines(InstanceText.Staff))
        {
            var row = new LineFields(text.Source, InstanceText.Staff, line);
            var id = row.Id(0, "an employee ID");
            if (!ids.TryAdd(id, ids.Count)) throw row.Error($"employee '{id}' is defined twice");
        }
        if (ids.Count == 0) throw new CurtoisFormatException(text.Source, 0, InstanceText.Staff, "no employees defined");
        return ids;
    }

    private static List<StaffMember> ReadStaff(
        InstanceText text, int horizon, List<ShiftType> shifts, Dictionary<string, int> shiftIndex, List<SortedSet<int>> daysOff)
    {
        var staff = new List<StaffMember>();
        foreach (var line in text.Lines(InstanceText.Staff))
        {
            var row = new LineFields(text.Source, InstanceText.Staff, line);
            row.ExpectCount(8, 8, StaffLayout);
            staff.Add(new StaffMember(
                row[0],
                ReadMaxShifts(row, horizon, shifts.Count, shiftIndex),
                MaxTotalMinutes: row.NonNegative(2, "MaxTotalMinutes"),
                MinTotalMinutes: row.NonNegative(3, "MinTotalMinutes"),
                MaxConsecutiveShifts: row.NonNegative(4, "MaxConsecutiveShifts"),
                MinConsecutiveShifts: row.NonNegative(5, "MinConsecutiveShifts"),
                MinConsecutiveDaysOff: row.NonNegative(6, "MinConsecutiveDaysOff"),
                MaxWeekends: row.NonNegative(7, "MaxWeekends"),
                DaysOff: [.. daysOff[staff.Count]]));
        }
        return staff;
    }

    /// <summary>"T=n|..." per shift type; a type that is not listed is not limited beyond the horizon.</summary>
    private static int[] ReadMaxShifts(LineFields row, int horizon, int shiftCount, Dictionary<string, int> shiftIndex)
    {
        var limits = Enumerable.Repeat(horizon, shiftCount).ToArray();
        var seen = new bool[shiftCount];
        foreach (var item in SplitList(row[1]))
        {
            var parts = item.Split('=');
            if (parts.Length != 2)
            {
                throw row.Error($"expected MaxShifts entries as ShiftID=number, found '{item}'");
            }
            var shift = row.Reference(parts[0].Trim(), shiftIndex, "shift in MaxShifts");
            if (seen[shift]) throw row.Error($"MaxShifts lists shift '{parts[0].Trim()}' twice");
            seen[shift] = true;
            limits[shift] = row.NonNegative(parts[1].Trim(), $"MaxShifts of shift '{parts[0].Trim()}'");
        }
        return limits;
    }

    private static List<SortedSet<int>> ReadDaysOff(InstanceText text, int horizon, Dictionary<string, int> staffIndex)
    {
        var daysOff = staffIndex.Select(_ => new SortedSet<int>()).ToList();
        foreach (var line in text.Lines(InstanceText.DaysOff))
        {
            var row = new LineFields(text.Source, InstanceText.DaysOff, line);
            var employee = row.Reference(0, staffIndex, "employee");
            for (var i = 1; i < row.Count; i++) daysOff[employee].Add(row.Day(i, horizon));
        }
        return daysOff;
    }

    private static List<ShiftRequest> ReadRequests(
        InstanceText text, string section, int horizon, Dictionary<string, int> staffIndex, Dictionary<string, int> shiftIndex)
    {
        var requests = new List<ShiftRequest>();
        foreach (var line in text.Lines(section))
        {
            var row = new LineFields(text.Source, section, line);
            row.ExpectCount(4, 4, "4 fields: EmployeeID, Day, ShiftID, Weight");
            requests.Add(new ShiftRequest(
                row.Reference(0, staffIndex, "employee"),
                row.Day(1, horizon),
                row.Reference(2, shiftIndex, "shift"),
                row.NonNegative(3, "weight")));
        }
        return requests;
    }

    private static List<CoverRequirement> ReadCover(InstanceText text, int horizon, Dictionary<string, int> shiftIndex)
    {
        var cover = new List<CoverRequirement>();
        foreach (var line in text.Lines(InstanceText.Cover))
        {
            var row = new LineFields(text.Source, InstanceText.Cover, line);
            row.ExpectCount(5, 5, "5 fields: Day, ShiftID, Requirement, Weight for under, Weight for over");
            cover.Add(new CoverRequirement(
                row.Day(0, horizon),
                row.Reference(1, shiftIndex, "shift"),
                row.NonNegative(2, "requirement"),
                row.NonNegative(3, "weight for under"),
                row.NonNegative(4, "weight for over")));
        }
        return cover;
    }

    private static IEnumerable<string> SplitList(string field) =>
        field.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static Dictionary<string, int> IndexOf(IEnumerable<string> ids)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in ids) index.Add(id, index.Count);
        return index;
    }
}
