using System.Text.Json.Nodes;
using Velferd.Turnus.FileFormats.Units;
using Velferd.Turnus.Tests.Shared;

namespace Velferd.Turnus.Solver.Tests.Turnus;

/// <summary>Small units with one vacancy (v1): one that can do without it, and one whose minimum staffing needs it.</summary>
internal static class VacancyUnits
{
    /// <summary>Six full-time HFA for a few residents: the vacancy is never needed.</summary>
    public static Domain.Units.Unit Spare() => Parse(TestUnitFiles.Json("spare", employees: 6, weeks: 4));

    /// <summary>
    /// One full-time employee and a day shift's hours staffed by one HFA every day: one person cannot work every day
    /// (every 2nd weekend, contract hours), so every legal plan fills the vacancy, which also works every 2nd weekend.
    /// </summary>
    public static Domain.Units.Unit Needing()
    {
        var unit = JsonNode.Parse(TestUnitFiles.Json("needs", employees: 1, weeks: 4))!.AsObject();
        unit["baseStaffing"] = new JsonArray(new JsonObject
        {
            ["id"] = "en-paa-dag", ["from"] = "07:30", ["to"] = "15:30", ["competence"] = "HFA", ["count"] = 1,
        });
        unit["vacancies"]![0]!["helgefrekvens"] = 2;
        return Parse(unit.ToJsonString());
    }

    private static Domain.Units.Unit Parse(string json) => UnitFileReader.Parse(json, "unit.json").Unit!;
}
