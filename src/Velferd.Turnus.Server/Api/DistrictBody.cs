using System.Text.Json;

namespace Velferd.Turnus.Server.Api;

/// <summary>
/// The body of <c>PUT /districts/{id}</c>: <c>{"district": {the district file}, "units": {"file name": {a unit file}, …}}</c>,
/// the unit files keyed by the names the district file uses. The files themselves are validated by the district grain.
/// </summary>
public sealed record DistrictBody(string DistrictJson, IReadOnlyDictionary<string, string> UnitFiles)
{
    public static (DistrictBody? Body, string? Error) Parse(string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException error)
        {
            return (null, $"request body: line {error.LineNumber + 1}, byte {error.BytePositionInLine + 1}: not valid JSON ({error.Message.Split(" LineNumber")[0]})");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return (null, "request body: must be an object with \"district\" (the district file) and \"units\" (unit files by file name)");
            if (!root.TryGetProperty("district", out var district) || district.ValueKind != JsonValueKind.Object)
                return (null, "$.district: is required and must be the district file (an object)");
            if (!root.TryGetProperty("units", out var units) || units.ValueKind != JsonValueKind.Object)
                return (null, "$.units: is required and must be an object of unit files keyed by the file names the district file uses");
            var files = new Dictionary<string, string>();
            foreach (var unit in units.EnumerateObject())
            {
                if (unit.Value.ValueKind != JsonValueKind.Object)
                    return (null, $"$.units[\"{unit.Name}\"]: must be a unit file (an object), not {unit.Value.ValueKind.ToString().ToLowerInvariant()}");
                files[unit.Name] = unit.Value.GetRawText();
            }
            return (new DistrictBody(district.GetRawText(), files), null);
        }
    }
}
