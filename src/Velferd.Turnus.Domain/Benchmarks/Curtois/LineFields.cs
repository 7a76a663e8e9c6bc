using System.Globalization;

namespace Velferd.Turnus.Domain.Benchmarks.Curtois;

/// <summary>
/// The comma-separated fields of one line, with typed accessors that raise a located
/// <see cref="CurtoisFormatException"/> naming the field that was wrong.
/// </summary>
internal sealed class LineFields
{
    private readonly string _source;
    private readonly string _section;
    private readonly SourceLine _line;
    private readonly string[] _fields;

    public LineFields(string source, string section, SourceLine line)
    {
        _source = source;
        _section = section;
        _line = line;
        var fields = line.Text.Split(',').Select(f => f.Trim()).ToList();
        // Generators sometimes leave a trailing comma; an empty last field never carries data.
        while (fields.Count > 1 && fields[^1].Length == 0) fields.RemoveAt(fields.Count - 1);
        _fields = [.. fields];
    }

    public int Count => _fields.Length;

    public string this[int index] => _fields[index];

    public void ExpectCount(int min, int max, string layout)
    {
        if (_fields.Length < min || _fields.Length > max)
        {
            throw Error($"expected {layout}, found {_fields.Length} field(s): '{_line.Text}'");
        }
    }

    public string Id(int index, string what)
    {
        var value = _fields[index];
        if (value.Length == 0) throw Error($"expected {what} in field {index + 1}, found an empty field");
        return value;
    }

    public int NonNegative(int index, string what) => NonNegative(_fields[index], $"{what} (field {index + 1})");

    public int NonNegative(string value, string what)
    {
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            throw Error($"expected a whole number >= 0 for {what}, found '{value}'");
        }
        return number;
    }

    public int Day(int index, int horizonDays)
    {
        var day = NonNegative(index, "day");
        if (day >= horizonDays)
        {
            throw Error($"day {day} in field {index + 1} is outside the horizon 0..{horizonDays - 1}");
        }
        return day;
    }

    public int Reference(int index, IReadOnlyDictionary<string, int> known, string what) =>
        Reference(_fields[index], known, $"{what} (field {index + 1})");

    public int Reference(string id, IReadOnlyDictionary<string, int> known, string what)
    {
        if (known.TryGetValue(id, out var resolved)) return resolved;
        throw Error($"unknown {what} '{id}'; known: {string.Join(", ", known.Keys.Take(12))}{(known.Count > 12 ? ", ..." : "")}");
    }

    public CurtoisFormatException Error(string problem) =>
        new(_source, _line.Number, _section, problem);
}
