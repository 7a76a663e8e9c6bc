using System.Text.Json;
using System.Text.Json.Nodes;
using Velferd.Turnus.FileFormats.Districts;
using Velferd.Turnus.FileFormats.Units;

namespace Velferd.Turnus.FileFormats.Tests.Districts;

/// <summary>A small valid district of three test units; tests make one targeted edit and read it back.</summary>
internal static class TestDistrict
{
    public const string FileName = "district.json";

    public const string Json = """
        {
          "formatVersion": 1,
          "id": "testdistrikt",
          "name": "Testdistrikt",
          "units": [
            { "file": "a.json", "fagteamReplaces": ["spl"] },
            { "file": "b.json", "fagteamReplaces": ["spl"] },
            { "file": "c.json" }
          ],
          "fagteam": {
            "id": "ft",
            "name": "Fagteam",
            "competence": "SPL",
            "positions": 3,
            "maxOnDuty": 2,
            "base": "a",
            "shifts": [
              { "code": "FD", "start": "07:30", "end": "15:30", "category": "day" },
              { "code": "FA", "start": "14:30", "end": "22:00", "category": "evening", "weekdays": ["mon", "tue", "wed", "thu", "fri"] }
            ]
          },
          "travel": [
            { "from": "a", "to": "b", "minutes": 10 },
            { "from": "a", "to": "c", "minutes": 15 },
            { "from": "b", "to": "c", "minutes": 5 }
          ]
        }
        """;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The test unit of the unit-file tests, with its own id and a nurse on duty the fagteam can replace.</summary>
    public static string UnitJson(string id, Action<JsonObject>? edit = null)
    {
        var unit = JsonNode.Parse(TestUnit.Json)!.AsObject();
        unit["id"] = id;
        unit["baseStaffing"]!.AsArray().Add(new JsonObject
        {
            ["id"] = "spl", ["from"] = "08:00", ["to"] = "22:00", ["competence"] = "SPL", ["count"] = 1,
        });
        unit["employees"]!.AsArray().Add(new JsonObject { ["id"] = "e9", ["competence"] = "SPL", ["stillingsprosent"] = 100 });
        edit?.Invoke(unit);
        return unit.ToJsonString(Indented);
    }

    public static DistrictFileResult Read() => ReadWith(_ => { });

    public static DistrictFileResult ReadWith(Action<JsonObject> edit, Func<string, UnitFileResult?>? units = null)
    {
        var document = JsonNode.Parse(Json)!.AsObject();
        edit(document);
        return DistrictFileReader.Parse(document.ToJsonString(Indented), FileName,
            units ?? (file => file is "a.json" or "b.json" or "c.json" ? UnitFileReader.Parse(UnitJson(file[..1]), file) : null));
    }
}
