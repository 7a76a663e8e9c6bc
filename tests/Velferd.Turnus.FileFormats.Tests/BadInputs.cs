using System.Text.Json.Nodes;
using Velferd.Turnus.Domain.Rules;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.FileFormats.Validation;

namespace Velferd.Turnus.FileFormats.Tests;

/// <summary>One targeted edit of the test unit and the one issue it must produce, exactly.</summary>
internal sealed record BadInput(
    string Name,
    Action<JsonObject> Edit,
    string Path,
    string? Value,
    string Message,
    IssueSeverity Severity = IssueSeverity.Error,
    bool OnlyIssue = true);

/// <summary>The catalogue of bad inputs: schema errors, semantic errors and warnings, each with its exact path, value and message.</summary>
internal static class BadInputs
{
    private const string CompetenceCodes = "\"SPL\", \"VPL\", \"HFA\", \"ASS\", \"SRV\"";
    private const string EmployeeFields = "id, name, competence, stillingsprosent, desiredStillingsprosent, helgefrekvens, night, longShifts, delegatedMedication, unavailable, wishes";
    private const string UnitFields = "formatVersion, id, name, kind, description, directTimeShare, rotationWeeks, shifts, residents, baseStaffing, employees, vacancies, rules, costProfile, tasks, torn";
    private const IssueSeverity Warning = IssueSeverity.Warning;

    public static readonly IReadOnlyList<BadInput> All =
    [
        // Schema: types, ranges, codes, required and unknown fields.
        new("vedtak hours negative", d => d.Node("residents[0].vedtak[0]")["hoursPerWeek"] = -4,
            "$.residents[0].vedtak[0].hoursPerWeek", "-4", "must be between 0 and 168"),
        new("stillingsprosent above 100", d => d.Node("employees[0]")["stillingsprosent"] = 120,
            "$.employees[0].stillingsprosent", "120", "must be between 0 and 100"),
        new("stillingsprosent negative", d => d.Node("employees[0]")["stillingsprosent"] = -5,
            "$.employees[0].stillingsprosent", "-5", "must be between 0 and 100"),
        new("stillingsprosent as text", d => d.Node("employees[0]")["stillingsprosent"] = "80",
            "$.employees[0].stillingsprosent", "\"80\"", "must be a number"),
        new("unknown employee competence", d => d.Node("employees[2]")["competence"] = "SYK",
            "$.employees[2].competence", "\"SYK\"", $"must be one of: {CompetenceCodes}"),
        new("unknown vedtak competence", d => d.Node("residents[0].vedtak[0]")["competence"] = "SPX",
            "$.residents[0].vedtak[0].competence", "\"SPX\"", $"must be one of: {CompetenceCodes}"),
        new("unknown unit kind", d => d["kind"] = "sykehjem",
            "$.kind", "\"sykehjem\"", "must be one of: \"bofellesskap\", \"sykehjemsavdeling\", \"hjemmetjenestesone\""),
        new("unknown format version", d => d["formatVersion"] = 2,
            "$.formatVersion", "2", "must be one of: 1"),
        new("employee without id", d => d.Node("employees[0]").Remove("id"),
            "$.employees[0].id", null, "is required"),
        new("misspelt employee field", d => d.Node("employees[0]")["stillingprosent"] = 80,
            "$.employees[0].stillingprosent", "80", $"is not a known field here (did you mean 'stillingsprosent'?); allowed: {EmployeeFields}"),
        new("misspelt top-level field", d => d["resident"] = new JsonArray(),
            "$.resident", "[0 items]", $"is not a known field here (did you mean 'residents'?); allowed: {UnitFields}"),
        new("time of day out of range", d => d.Node("residents[0].vedtak[0].windows[0]")["to"] = "25:00",
            "$.residents[0].vedtak[0].windows[0].to", "\"25:00\"", "must be a time of day HH:mm, from 00:00 to 24:00"),
        new("staffing ratio 5:1", d => d.Node("residents[0].vedtak[0]")["staffingRatio"] = "5:1",
            "$.residents[0].vedtak[0].staffingRatio", "\"5:1\"", "must be a staffing ratio 1:1, 2:1, 3:1 or 4:1"),
        new("weekday spelt out", d => d.Node("residents[1].vedtak[0]")["weekdays"] = new JsonArray("sat", "sunday"),
            "$.residents[1].vedtak[0].weekdays[1]", "\"sunday\"", "must be one of: \"mon\", \"tue\", \"wed\", \"thu\", \"fri\", \"sat\", \"sun\""),
        new("helgefrekvens 0", d => d.Node("employees[0]")["helgefrekvens"] = 0,
            "$.employees[0].helgefrekvens", "0", "must be between 1 and 6"),
        new("rotation of 13 weeks", d => d["rotationWeeks"] = 13,
            "$.rotationWeeks", "13", "must be between 1 and 12", OnlyIssue: false),
        new("no shifts", d => d["shifts"] = new JsonArray(),
            "$.shifts", "[0 items]", "must have at least 1 item(s)", OnlyIssue: false),
        new("direct-time share 0", d => d["directTimeShare"] = 0,
            "$.directTimeShare", "0", "must be above 0 and at most 1"),
        new("visit of 3 minutes", d => d.Node("residents[1].vedtak[1].visits[0]")["minutes"] = 3,
            "$.residents[1].vedtak[1].visits[0].minutes", "3", "must be between 5 and 720"),

        // Duplicate ids.
        new("duplicate employee id", d => d.Node("employees[1]")["id"] = "e1",
            "$.employees[1].id", "\"e1\"", "duplicate employee or vacancy id; first used at $.employees[0].id"),
        new("vacancy id of an employee", d => d.Node("vacancies[0]")["id"] = "e2",
            "$.vacancies[0].id", "\"e2\"", "duplicate employee or vacancy id; first used at $.employees[1].id"),
        new("duplicate vedtak id", d => d.Node("residents[1].vedtak[0]")["id"] = "b1-kveld",
            "$.residents[1].vedtak[0].id", "\"b1-kveld\"", "duplicate vedtak id; first used at $.residents[0].vedtak[0].id"),
        new("duplicate resident id", d => d.Node("residents[1]")["id"] = "b1",
            "$.residents[1].id", "\"b1\"", "duplicate resident id; first used at $.residents[0].id"),
        new("duplicate shift code", d => d.Node("shifts[3]")["code"] = "D",
            "$.shifts[3].code", "\"D\"", "duplicate shift code; first used at $.shifts[0].code"),

        // Time windows.
        new("morning window ending before it starts", d => d.Node("residents[1].vedtak[0].windows[0]")["to"] = "08:00",
            "$.residents[1].vedtak[0].windows[0].to", "\"08:00\"", "ends before it starts (10:00); only windows starting at 12:00 or later may run over midnight"),
        new("empty window", d => d.Node("residents[1].vedtak[0].windows[0]")["to"] = "10:00",
            "$.residents[1].vedtak[0].windows[0].to", "\"10:00\"", "window is empty: it ends when it starts (10:00); use 00:00–24:00 for the whole day"),
        new("time off the 15-minute grid", d => d.Node("residents[0].vedtak[0].windows[0]")["from"] = "15:10",
            "$.residents[0].vedtak[0].windows[0].from", "\"15:10\"", "must be on the 15-minute grid (e.g. 07:15, 07:30)"),
        new("24:00 as a start", d => d.Node("baseStaffing[0]")["from"] = "24:00",
            "$.baseStaffing[0].from", "\"24:00\"", "24:00 can only end a window; start at 00:00 instead", OnlyIssue: false),
        new("overlapping windows", d => d.Node("residents[0].vedtak[1].windows[1]")["from"] = "08:15",
            "$.residents[0].vedtak[1].windows[1]", "{…}", "overlaps window [0] (08:00–08:30); join them into one window", OnlyIssue: false),

        // Vedtak hours and visits.
        new("more hours than the windows hold", d => d.Node("residents[0].vedtak[0]")["hoursPerWeek"] = 50,
            "$.residents[0].vedtak[0].hoursPerWeek", "50", "is more than the windows allow: 7 day(s) × 7 h × 1 staff = 49 h per week"),
        new("hours per week and per month", d => d.Node("residents[0].vedtak[0]")["hoursPerMonth"] = 60,
            "$.residents[0].vedtak[0].hoursPerMonth", "60", "give either hoursPerWeek or hoursPerMonth, not both"),
        new("no hours at all", d => d.Node("residents[0].vedtak[0]").Remove("hoursPerWeek"),
            "$.residents[0].vedtak[0].hoursPerWeek", null, "is required unless hoursPerMonth or visits are given"),
        new("visits with windows", d => d.Node("residents[1].vedtak[1]")["windows"] = new JsonArray(new JsonObject { ["from"] = "08:00", ["to"] = "10:00" }),
            "$.residents[1].vedtak[1].windows", "[1 items]", "is not used when visits are given; give each visit its own window"),
        new("visits with weekdays", d => d.Node("residents[1].vedtak[1]")["weekdays"] = new JsonArray("mon"),
            "$.residents[1].vedtak[1].weekdays", "[1 items]", "is not used when visits are given; give each visit its own weekdays"),
        new("visit longer than its window", d => d.Node("residents[1].vedtak[1].visits[0]")["minutes"] = 150,
            "$.residents[1].vedtak[1].visits[0].minutes", "150", "does not fit in its window 08:00–10:00 (120 min)"),
        new("stated hours not matching the visits", d => d.Node("residents[1].vedtak[1]")["hoursPerWeek"] = 2,
            "$.residents[1].vedtak[1].hoursPerWeek", "2", "does not match the visits, which add up to 1.5 h per week"),

        // Shifts, rules, employees, vacancies, tasks.
        new("wish for an unknown shift", d => d.Node("employees[1].wishes[0]")["shift"] = "Q",
            "$.employees[1].wishes[0].shift", "\"Q\"", "unknown shift code; the unit's shifts are: D, A, N, L"),
        new("unavailable beyond the rotation", d => d.Node("employees[1].unavailable[0]")["week"] = 8,
            "$.employees[1].unavailable[0].week", "8", "is beyond the rotation of 6 weeks (rotationWeeks)"),
        new("unavailable every day", d => d.Node("employees[0]")["unavailable"] = new JsonArray(
                WeekdayNames.All.Select(day => (JsonNode)new JsonObject { ["weekday"] = day.Code() }).ToArray()),
            "$.employees[0].unavailable", "[7 items]", "lists every day of the week: the employee can get no shifts"),
        new("misspelt rule", d => d.Node("rules")["dailyRestHour"] = 9,
            "$.rules.dailyRestHour", "9", $"unknown rule (did you mean 'dailyRestHours'?); known rules: {RuleCatalogue.Names}"),
        new("daily rest below the law", d => d.Node("rules")["dailyRestHours"] = 7,
            "$.rules.dailyRestHours", "7", "must be between 8 and 16 h (AML §10-8(1); ned til 8 t ved tariffavtale, §10-8(3))"),
        new("half a night", d => d.Node("rules")["maxConsecutiveNights"] = 2.5,
            "$.rules.maxConsecutiveNights", "2.5", "must be a whole number between 1 and 7 (HMS-praksis (Arbeidstilsynet: begrens antall netter på rad))"),
        new("average above the weekly maximum", d => { d.Node("rules")["maxAverageHoursPerWeek"] = 50; d.Node("rules")["maxHoursPerWeek"] = 45; },
            "$.rules.maxAverageHoursPerWeek", "50", "must not be larger than maxHoursPerWeek (45)"),
        new("shift longer than the day allows", d => d.Node("shifts[3]")["end"] = "21:30",
            "$.shifts[3].end", "\"21:30\"", "shift gives 13 h of work, more than maxHoursPerDay 12.5 h (AML §10-5(2))"),
        new("break as long as the shift", d => { d.Node("shifts[0]")["end"] = "08:00"; d.Node("shifts[0]")["unpaidBreakMinutes"] = 60; },
            "$.shifts[0].unpaidBreakMinutes", "60", "must be shorter than the shift (60 min)", OnlyIssue: false),
        new("night worker without night shifts", d => d["shifts"]!.AsArray().RemoveAt(2),
            "$.employees[2].night", "\"only\"", "is 'only' but the unit has no night shift (category night or sleepingNight)", OnlyIssue: false),
        new("vacancy range upside down", d => d.Node("vacancies[0]")["minStillingsprosent"] = 90,
            "$.vacancies[0].minStillingsprosent", "90", "is larger than maxStillingsprosent (80)"),
        new("task with two frequencies", d => d["tasks"] = new JsonArray(new JsonObject
            {
                ["id"] = "medisin", ["minutes"] = 10, ["competences"] = new JsonArray("SPL", "VPL"), ["perResidentPerDay"] = 2, ["perUnitPerDay"] = 1,
            }),
            "$.tasks[0].perUnitPerDay", "1", "give either perResidentPerDay or perUnitPerDay, not both"),

        // Warnings: the file is usable, but the leader should know.
        new("help nobody on staff can give", d => d.Node("residents[0].vedtak[0]")["competence"] = "SPL",
            "$.residents[0].vedtak[0].competence", "\"SPL\"", "no employee or vacancy can give this help (staff competences: VPL, HFA, ASS)", Warning),
        new("desired position smaller than today's", d => d.Node("employees[1]")["desiredStillingsprosent"] = 50,
            "$.employees[1].desiredStillingsprosent", "50", "is smaller than the position (80 %); the planner only grows positions", Warning),
        new("demand no awake shift covers", d => d.Node("shifts[1]")["end"] = "21:00",
            "$.residents[0].vedtak[0]", "{…}", "no awake shift covers 21:00, when this demand needs staff", Warning),
        new("sleeping presence without a sleeping-night shift", d => d.Node("baseStaffing[0]")["presence"] = "sleeping",
            "$.baseStaffing[0].presence", "\"sleeping\"", "is 'sleeping' but the unit has no sleepingNight shift; awake night shifts will have to give this presence", Warning),
        new("sleeping presence in daytime", d =>
            {
                d["shifts"]!.AsArray().Add(new JsonObject { ["code"] = "HN", ["start"] = "22:00", ["end"] = "07:00", ["category"] = "sleepingNight" });
                d["baseStaffing"]!.AsArray().Add(new JsonObject
                {
                    ["id"] = "hvile-dag", ["from"] = "10:00", ["to"] = "14:00", ["competence"] = "ASS", ["count"] = 1, ["presence"] = "sleeping",
                });
            },
            "$.baseStaffing[1].presence", "\"sleeping\"", "is 'sleeping' but the window does not reach the night (21:00–06:00)", Warning),
        new("competence no demand needs", d => d.Node("employees[2]")["competence"] = "SRV",
            "$.employees[2].competence", "\"SRV\"", "no demand in this unit can be served by this competence (demand: VPL, HFA, ASS)", Warning),
        new("resident without vedtak", d => d.Node("residents[1]")["vedtak"] = new JsonArray(),
            "$.residents[1].vedtak", "[0 items]", "is empty: the resident adds no demand", Warning),
        new("vedtak of 0 hours", d => d.Node("residents[0].vedtak[0]")["hoursPerWeek"] = 0,
            "$.residents[0].vedtak[0].hoursPerWeek", "0", "is 0: the vedtak adds no demand", Warning),
        new("implausible direct-time share", d => d["directTimeShare"] = 0.1,
            "$.directTimeShare", "0.1", "is below 0.3: demand becomes more than 10 times the vedtak hours (Bærum's targets: 0.65 in staffed housing, 0.50 in ambulant services)", Warning),
        new("nobody to plan", d => { d["employees"] = new JsonArray(); d.Remove("vacancies"); },
            "$.employees", "[0 items]", "the unit has no employees or vacancies: there is nobody to plan", Warning, OnlyIssue: false),
        new("helgefrekvens not dividing the rotation", d => d.Node("employees[0]")["helgefrekvens"] = 4,
            "$.employees[0].helgefrekvens", "4", "a 6-week rotation cannot give every 4. weekend evenly; at most 1 weekend(s) per rotation are planned", Warning),
        new("night shift in daytime", d => { d.Node("shifts[2]")["start"] = "08:00"; d.Node("shifts[2]")["end"] = "16:00"; },
            "$.shifts[2].category", "\"night\"", "a night shift that does not touch the night (21:00–06:00)", Warning, OnlyIssue: false),
        new("langvakt wanted but none in the catalogue", d => d["shifts"]!.AsArray().RemoveAt(3),
            "$.employees[1].longShifts", "true", "is true but the unit has no long shift (category long)", Warning),
    ];

    public static BadInput Named(string name) => All.Single(input => input.Name == name);
}
