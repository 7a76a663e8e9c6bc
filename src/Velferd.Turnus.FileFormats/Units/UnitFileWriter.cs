using System.Text.Json;
using System.Text.Json.Nodes;
using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.FileFormats.Units;

/// <summary>
/// Writes parts of the unit file format from the domain: a task catalogue (to start a unit's own catalogue from the
/// default) and a unit of shifts, base staffing and open positions (the fagteam as a unit of its own).
/// </summary>
public static class UnitFileWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary><c>{ "tasks": [ … ] }</c>, ready to paste into a unit file.</summary>
    public static string Tasks(IReadOnlyList<CareTask> tasks) =>
        new JsonObject { ["tasks"] = new JsonArray([.. tasks.Select(Task)]) }.ToJsonString(Indented);

    /// <summary>A complete unit file for a unit without residents and employees: shifts, base staffing, vacancies.</summary>
    public static string StaffingUnit(Unit unit, string? description = null)
    {
        var file = new JsonObject
        {
            ["$schema"] = "https://velferd-turnus.no/schema/unit.schema.json",
            ["formatVersion"] = 1,
            ["id"] = unit.Id,
            ["name"] = unit.Name,
            ["kind"] = unit.Kind.Code(),
        };
        if (description is not null)
            file["description"] = description;
        file["rotationWeeks"] = unit.RotationWeeks;
        file["shifts"] = new JsonArray([.. unit.Shifts.Select(Shift)]);
        file["residents"] = new JsonArray();
        file["baseStaffing"] = new JsonArray([.. unit.BaseStaffing.Select(BaseStaffing)]);
        file["employees"] = new JsonArray();
        file["vacancies"] = new JsonArray([.. unit.Vacancies.Select(Vacancy)]);
        return file.ToJsonString(Indented);
    }

    private static JsonObject Task(CareTask task)
    {
        var node = new JsonObject { ["id"] = task.Id, ["name"] = task.Name, ["minutes"] = task.Minutes };
        if (task.PerUnitPerDay > 0)
            node["perUnitPerDay"] = task.PerUnitPerDay;
        else
            node["perResidentPerDay"] = task.PerResidentPerDay;
        if (task.Weekdays.Count < 7)
            node["weekdays"] = Days(task.Weekdays);
        node["windows"] = new JsonArray([.. task.Windows.Select(Window)]);
        node["competences"] = new JsonArray([.. task.Competences.Select(competence => (JsonNode)competence.Code())]);
        if (task.DelegatedHfa)
            node["delegatedHfa"] = true;
        if (task.Fagteam)
            node["fagteam"] = true;
        if (task.Indirect)
            node["indirect"] = true;
        return node;
    }

    private static JsonObject Shift(ShiftDefinition shift)
    {
        var node = new JsonObject { ["code"] = shift.Code, ["name"] = shift.Name, ["start"] = shift.Start.ToString(), ["end"] = End(shift.End) };
        if (shift.UnpaidBreakMinutes > 0)
            node["unpaidBreakMinutes"] = shift.UnpaidBreakMinutes;
        node["category"] = shift.Category switch
        {
            ShiftCategory.Evening => "evening",
            ShiftCategory.Night => "night",
            ShiftCategory.Long => "long",
            ShiftCategory.SleepingNight => "sleepingNight",
            _ => "day",
        };
        return node;
    }

    private static JsonObject BaseStaffing(BaseStaffingRule rule) => new()
    {
        ["id"] = rule.Id,
        ["description"] = rule.Description,
        ["weekdays"] = Days(rule.Weekdays),
        ["from"] = rule.Window.From.ToString(),
        ["to"] = End(rule.Window.To),
        ["competence"] = rule.Competence.Code(),
        ["count"] = rule.Count,
    };

    private static JsonObject Vacancy(Vacancy vacancy) => new()
    {
        ["id"] = vacancy.Id,
        ["competence"] = vacancy.Competence.Code(),
        ["minStillingsprosent"] = vacancy.MinStillingsprosent,
        ["maxStillingsprosent"] = vacancy.MaxStillingsprosent,
        ["helgefrekvens"] = vacancy.Helgefrekvens,
        ["night"] = vacancy.Night switch { NightWork.No => "no", NightWork.Only => "only", _ => "yes" },
    };

    private static JsonObject Window(TimeWindow window) => new() { ["from"] = window.From.ToString(), ["to"] = End(window.To) };

    /// <summary>Midnight as an end is written 24:00.</summary>
    private static string End(ClockTime time) => time.Minutes % ClockTime.MinutesPerDay == 0 ? "24:00" : time.ToString();

    private static JsonArray Days(IEnumerable<Weekday> days) => new([.. days.Select(day => (JsonNode)day.Code())]);
}
