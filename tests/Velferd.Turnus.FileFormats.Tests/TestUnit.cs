using System.Text.Json;
using System.Text.Json.Nodes;
using Velferd.Turnus.FileFormats.Units;

namespace Velferd.Turnus.FileFormats.Tests;

/// <summary>
/// A small valid unit file that touches every part of the format; tests make one targeted edit and read it back.
/// </summary>
internal static class TestUnit
{
    public const string FileName = "test-unit.json";

    public const string Json = """
        {
          "formatVersion": 1,
          "id": "test-unit",
          "name": "Testenhet",
          "kind": "bofellesskap",
          "shifts": [
            { "code": "D", "start": "07:00", "end": "15:00", "category": "day" },
            { "code": "A", "start": "14:30", "end": "22:30", "category": "evening" },
            { "code": "N", "start": "22:15", "end": "07:15", "category": "night" },
            { "code": "L", "start": "08:00", "end": "20:30", "unpaidBreakMinutes": 30, "category": "long" }
          ],
          "residents": [
            {
              "id": "b1",
              "name": "Beboer 1",
              "vedtak": [
                { "id": "b1-kveld", "service": "Praktisk bistand", "hoursPerWeek": 14, "windows": [ { "from": "15:00", "to": "22:00" } ], "competence": "HFA" },
                { "id": "b1-medisin", "hoursPerWeek": 3.5, "windows": [ { "from": "08:00", "to": "08:30" }, { "from": "20:00", "to": "20:30" } ], "competence": "VPL" }
              ]
            },
            {
              "id": "b2",
              "vedtak": [
                { "id": "b2-helg", "hoursPerMonth": 26, "weekdays": [ "sat", "sun" ], "windows": [ { "from": "10:00", "to": "20:00" } ], "competence": "ASS" },
                { "id": "b2-besok", "competence": "HFA", "visits": [ { "weekdays": [ "mon", "wed", "fri" ], "window": { "from": "08:00", "to": "10:00" }, "minutes": 30 } ] }
              ]
            }
          ],
          "baseStaffing": [
            { "id": "natt", "from": "22:30", "to": "07:00", "competence": "ASS", "count": 1 }
          ],
          "employees": [
            { "id": "e1", "name": "Vera Vernepleier", "competence": "VPL", "stillingsprosent": 100 },
            {
              "id": "e2", "competence": "HFA", "stillingsprosent": 80, "desiredStillingsprosent": 100, "helgefrekvens": 2, "night": "yes",
              "longShifts": true, "delegatedMedication": true,
              "unavailable": [ { "weekday": "wed", "week": 2, "reason": "Kurs" } ],
              "wishes": [ { "kind": "avoid", "weekday": "fri", "shift": "A", "weight": 3 } ]
            },
            { "id": "e3", "competence": "ASS", "stillingsprosent": 50, "night": "only" }
          ],
          "vacancies": [
            { "id": "v1", "competence": "HFA", "maxStillingsprosent": 80 }
          ],
          "rules": { "dailyRestHours": 9 },
          "costProfile": { "year": 2026, "annualWage": { "HFA": 575000 }, "socialCostShare": 0.32 }
        }
        """;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static UnitFileResult Read() => UnitFileReader.Parse(Json, FileName);

    /// <summary>The base unit with one edit, written out and read back through the whole reader.</summary>
    public static UnitFileResult ReadWith(Action<JsonObject> edit)
    {
        var document = JsonNode.Parse(Json)!.AsObject();
        edit(document);
        return UnitFileReader.Parse(document.ToJsonString(Indented), FileName);
    }

    public static JsonObject Node(this JsonObject document, string path)
    {
        JsonNode node = document;
        foreach (var part in path.Split('.'))
        {
            var bracket = part.IndexOf('[');
            node = bracket < 0 ? node[part]! : node[part[..bracket]]![int.Parse(part[(bracket + 1)..^1])]!;
        }
        return node.AsObject();
    }
}
