using System.Text.RegularExpressions;

namespace Velferd.Turnus.FileFormats.Validation;

/// <summary>Builds JSONPath strings ($.a[0].b) the way issues show them.</summary>
public static partial class JsonPaths
{
    public const string Root = "$";

    public static string Property(string parent, string name) =>
        PlainName().IsMatch(name) ? $"{parent}.{name}" : $"{parent}['{name.Replace("'", "\\'")}']";

    public static string Item(string parent, int index) => $"{parent}[{index}]";

    /// <summary>NJsonSchema writes "#/residents[3].hoursPerWeek"; issues use "$.residents[3].hoursPerWeek".</summary>
    public static string FromSchemaPath(string? schemaPath)
    {
        if (string.IsNullOrEmpty(schemaPath) || schemaPath == "#/" || schemaPath == "#")
            return Root;
        var rest = schemaPath.StartsWith("#/", StringComparison.Ordinal) ? schemaPath[2..] : schemaPath;
        return rest.StartsWith('[') ? Root + rest : $"{Root}.{rest}";
    }

    [GeneratedRegex("^[A-Za-z_$][A-Za-z0-9_$]*$")]
    private static partial Regex PlainName();
}
