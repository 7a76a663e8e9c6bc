using System.Text.Json;
using System.Text.Json.Nodes;
using Velferd.Turnus.FileFormats.Units;

namespace Velferd.Turnus.Benchmarks.Cluster;

/// <summary>
/// Variants of a small bofellesskap (the shape of samples/bofellesskap-*.json cut down to what plans in seconds):
/// 3–6 full-time HFA staff, day and evening vedtak of varying hours, one vacancy, a 2- or 4-week rotation.
/// </summary>
internal static class BenchmarkUnits
{
    /// <summary>The samples that plan within seconds, each in variants with every vedtak's hours scaled by 0.85–1.15.</summary>
    private static readonly string[] PlannableSamples = ["bofellesskap-psykisk-helse.json", "bofellesskap-solsiden.json", "hjemmetjeneste-sone.json"];

    public static IReadOnlyList<(string Id, string Json)> SampleVariants(int count)
    {
        var root = Shared.RepositoryPaths.Root();
        var samples = PlannableSamples.Select(name => File.ReadAllText(Path.Combine(root, "samples", name))).ToArray();
        // A scaled vedtak must stay within what its days, windows and staffing ratio can hold, or the unit is invalid.
        var capacities = samples.Select((text, index) => UnitFileReader.Parse(text, PlannableSamples[index]).Unit!.Residents
            .SelectMany(resident => resident.Vedtak.Select(vedtak => (Key: (resident.Id, vedtak.Id), vedtak.WindowCapacityHoursPerWeek)))
            .ToDictionary(item => item.Key, item => item.WindowCapacityHoursPerWeek)).ToArray();
        return Enumerable.Range(1, count).Select(number =>
        {
            var index = (number - 1) % PlannableSamples.Length;
            var sample = JsonNode.Parse(samples[index])!.AsObject();
            var id = $"{sample["id"]}-v{number:00}";
            sample["id"] = id;
            sample["name"] = $"{sample["name"]} (variant {number})";
            var factor = 0.85 + 0.3 * ((number * 37) % 11) / 10.0;
            foreach (var resident in sample["residents"]!.AsArray())
            {
                foreach (var vedtak in resident!["vedtak"]!.AsArray())
                {
                    if (vedtak!["hoursPerWeek"] is not { } hours)
                        continue;
                    var capacity = capacities[index][(resident["id"]!.GetValue<string>(), vedtak["id"]!.GetValue<string>())];
                    vedtak["hoursPerWeek"] = Math.Floor(Math.Min(hours.GetValue<double>() * factor, capacity) * 4) / 4;
                }
            }
            return (id, sample.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }).ToList();
    }

    public static IReadOnlyList<(string Id, string Json)> Portfolio(int count) =>
        Enumerable.Range(1, count).Select(number =>
        {
            var id = $"bench-enhet-{number:00}";
            return (id, Json(id, employees: 3 + number % 4, weeks: number % 3 == 0 ? 4 : 2, dayHours: 16 + number % 7, eveningHours: 10 + number % 5));
        }).ToList();

    public static string Json(string id, int employees, int weeks, double dayHours, double eveningHours)
    {
        var residents = new JsonArray();
        for (var resident = 1; resident <= Math.Max(1, employees / 3); resident++)
        {
            residents.Add(new JsonObject
            {
                ["id"] = $"b{resident}",
                ["vedtak"] = new JsonArray(
                    Vedtak($"b{resident}-dag", dayHours, "08:00", "15:00"),
                    Vedtak($"b{resident}-kveld", eveningHours, "16:00", "22:00")),
            });
        }
        var staff = new JsonArray();
        for (var employee = 1; employee <= employees; employee++)
            staff.Add(new JsonObject { ["id"] = $"e{employee}", ["competence"] = "HFA", ["stillingsprosent"] = 100, ["helgefrekvens"] = 2 });
        return new JsonObject
        {
            ["formatVersion"] = 1,
            ["id"] = id,
            ["name"] = $"Benchmark {id}",
            ["kind"] = "bofellesskap",
            ["rotationWeeks"] = weeks,
            ["shifts"] = new JsonArray(
                new JsonObject { ["code"] = "D", ["start"] = "07:30", ["end"] = "15:30", ["category"] = "day" },
                new JsonObject { ["code"] = "A", ["start"] = "15:00", ["end"] = "22:30", ["category"] = "evening" }),
            ["residents"] = residents,
            ["employees"] = staff,
            ["vacancies"] = new JsonArray(new JsonObject { ["id"] = "v1", ["competence"] = "HFA", ["maxStillingsprosent"] = 100 }),
        }.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonObject Vedtak(string id, double hours, string from, string to) => new()
    {
        ["id"] = id,
        ["hoursPerWeek"] = hours,
        ["windows"] = new JsonArray(new JsonObject { ["from"] = from, ["to"] = to }),
        ["competence"] = "HFA",
    };
}
