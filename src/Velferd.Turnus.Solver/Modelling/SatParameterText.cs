using System.Globalization;
using System.Text;
using Google.OrTools.Sat;
using Google.Protobuf.Reflection;

namespace Velferd.Turnus.Solver.Modelling;

/// <summary>
/// Parses, validates and merges CP-SAT parameters in text format ("name:value ..."). Validation
/// matters: the native solver aborts the whole process on an unknown or repeated field, so
/// every name and value is checked against the SatParameters descriptor first. Later values of a
/// singular field replace earlier ones; repeated fields (e.g. subsolvers) accumulate.
/// </summary>
public static class SatParameterText
{
    /// <summary>Merges parameter texts left to right and renders one valid text-format string.</summary>
    /// <exception cref="ArgumentException">A name is not a SatParameters field or a value does not fit its type.</exception>
    public static string Merge(params string?[] texts)
    {
        var singular = new Dictionary<string, string>(StringComparer.Ordinal);
        var repeated = new List<(string Name, string Value)>();
        foreach (var text in texts)
        {
            foreach (var (name, value) in Parse(text ?? ""))
            {
                var field = SatParameters.Descriptor.FindFieldByName(name)
                    ?? throw new ArgumentException($"'{name}' is not a CP-SAT parameter.");
                var rendered = Render(field, value);
                if (field.IsRepeated) repeated.Add((name, rendered));
                else singular[name] = rendered;
            }
        }
        var result = new StringBuilder();
        foreach (var (name, value) in singular) result.Append(name).Append(':').Append(value).Append(' ');
        foreach (var (name, value) in repeated) result.Append(name).Append(':').Append(value).Append(' ');
        return result.ToString().TrimEnd();
    }

    private static IEnumerable<(string Name, string Value)> Parse(string text)
    {
        var i = 0;
        while (true)
        {
            while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == ',')) i++;
            if (i >= text.Length) yield break;
            var colon = text.IndexOf(':', i);
            if (colon < 0) throw new ArgumentException($"Expected name:value in CP-SAT parameters, found '{text[i..]}'.");
            var name = text[i..colon].Trim();
            i = colon + 1;
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            int end;
            if (i < text.Length && text[i] == '"')
            {
                end = text.IndexOf('"', i + 1);
                if (end < 0) throw new ArgumentException($"Unterminated string for CP-SAT parameter '{name}'.");
                yield return (name, text[(i + 1)..end]);
                i = end + 1;
                continue;
            }
            end = i;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != ',') end++;
            yield return (name, text[i..end]);
            i = end;
        }
    }

    private static string Render(FieldDescriptor field, string value)
    {
        var ok = field.FieldType switch
        {
            FieldType.Bool => value is "true" or "false",
            FieldType.Int32 or FieldType.Int64 => long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
            FieldType.Double or FieldType.Float => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
            FieldType.Enum => field.EnumType.FindValueByName(value) is not null,
            FieldType.String => true,
            _ => false,
        };
        if (!ok) throw new ArgumentException($"'{value}' is not a valid {field.FieldType} value for CP-SAT parameter '{field.Name}'.");
        return field.FieldType == FieldType.String ? $"\"{value}\"" : value;
    }
}
