using System.Text.Json;
using System.Text.Json.Serialization;
using Velferd.Turnus.FileFormats;
using Velferd.Turnus.Solver.Turnus;

namespace Velferd.Turnus.Cli.Planning;

/// <summary>Reads a planning-weights file (docs/planning-weights.md): any subset of <see cref="PlanWeights"/>, in NOK.</summary>
internal static class WeightsFile
{
    private static readonly JsonSerializerOptions Options = new(JsonText.Options)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The weights, or an error message naming the file and what is wrong.</summary>
    public static (PlanWeights? Weights, string? Error) Read(string path)
    {
        if (!File.Exists(path))
            return (null, $"{path}: file not found (looked in {Path.GetFullPath(path)})");
        try
        {
            var weights = JsonSerializer.Deserialize<PlanWeights>(File.ReadAllText(path), Options) ?? PlanWeights.Default;
            var negative = typeof(PlanWeights).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance).FirstOrDefault(property => property.GetValue(weights) is double value && value < 0);
            return negative is null ? (weights, null) : (null, $"{path}: $.{JsonNamingPolicy.CamelCase.ConvertName(negative.Name)}: must be 0 or more");
        }
        catch (JsonException error)
        {
            var where = error.LineNumber is { } line ? $":{line + 1}:{(error.BytePositionInLine ?? 0) + 1}" : "";
            return (null, $"{path}{where}: {error.Path ?? "$"}: {error.Message.Split(" Path:", 2)[0]} (known weights: {string.Join(", ", typeof(PlanWeights).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)))})");
        }
    }
}
