using System.Text.Json;
using System.Text.Json.Nodes;

namespace Velferd.Turnus.Tests.Shared;

/// <summary>
/// Small bofellesskap unit files (JSON text) for cluster tests: full-time HFA staff, day and evening vedtak, one vacancy. Small
/// enough that CP-SAT finds a legal plan within a fraction of a second; <paramref name="weeks"/> 4 with six
/// staff keeps it searching until its time limit.
/// </summary>
internal static class TestUnitFiles
{
    public static string Json(string id, int employees = 3, int weeks = 2, double dayHours = 20, double eveningHours = 14)
    {
        var residents = new JsonArray();
        for (var resident = 1; resident <= Math.Max(1, employees / 3); resident++)
        {
            residents.Add(new JsonObject
            {
                ["id"] = $"b{resident}",
                ["name"] = $"Beboer {resident}",
                ["vedtak"] = new JsonArray(
                    Vedtak($"b{resident}-dag", dayHours, "08:00", "15:00"),
                    Vedtak($"b{resident}-kveld", eveningHours, "16:00", "22:00")),
            });
        }
        var staff = new JsonArray();
        for (var employee = 1; employee <= employees; employee++)
            staff.Add(new JsonObject { ["id"] = $"e{employee}", ["competence"] = "HFA", ["stillingsprosent"] = 100, ["helgefrekvens"] = 2 });
        var unit = new JsonObject
        {
            ["formatVersion"] = 1,
            ["id"] = id,
            ["name"] = $"Testenhet {id}",
            ["kind"] = "bofellesskap",
            ["rotationWeeks"] = weeks,
            ["shifts"] = new JsonArray(
                new JsonObject { ["code"] = "D", ["start"] = "07:30", ["end"] = "15:30", ["category"] = "day" },
                new JsonObject { ["code"] = "A", ["start"] = "15:00", ["end"] = "22:30", ["category"] = "evening" }),
            ["residents"] = residents,
            ["employees"] = staff,
            ["vacancies"] = new JsonArray(new JsonObject { ["id"] = "v1", ["competence"] = "HFA", ["maxStillingsprosent"] = 100 }),
        };
        return unit.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>A unit file with a few errors the reader locates: a negative vedtak and an unknown competence.</summary>
    public static string Invalid(string id) => Json(id)
        .Replace("\"hoursPerWeek\": 20", "\"hoursPerWeek\": -4")
        .Replace("\"competence\": \"HFA\",\n      \"stillingsprosent\"", "\"competence\": \"XYZ\",\n      \"stillingsprosent\"");

    private static JsonObject Vedtak(string id, double hours, string from, string to) => new()
    {
        ["id"] = id,
        ["hoursPerWeek"] = hours,
        ["windows"] = new JsonArray(new JsonObject { ["from"] = from, ["to"] = to }),
        ["competence"] = "HFA",
    };
}
