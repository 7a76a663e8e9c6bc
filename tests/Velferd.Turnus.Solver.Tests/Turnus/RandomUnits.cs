using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.FileFormats.Units;
using Velferd.Turnus.Solver.Turnus;

namespace Velferd.Turnus.Solver.Tests.Turnus;

/// <summary>
/// Small random units as unit files (so a failing one can be printed and replayed with `turnus plan`): one or two
/// weeks, 3–8 employees, 3–5 shifts, random contracts, vedtak, base staffing, unavailability, helgefrekvens, night and
/// rule settings, and a random planning scenario. The same seed always gives the same unit.
/// </summary>
internal static class RandomUnits
{
    private sealed record ShiftSpec(string Code, string Start, string End, string Category, int UnpaidBreak, double PaidHours);

    private static readonly ShiftSpec DayShift = new("D", "07:00", "15:00", "day", 0, 8);

    private static readonly ShiftSpec[] OtherShifts =
    [
        new("A", "15:00", "22:30", "evening", 0, 7.5),
        new("N", "22:30", "07:30", "night", 0, 9),
        new("L", "07:30", "20:00", "long", 30, 12),
        new("H", "22:00", "07:00", "sleepingNight", 0, 9),
        new("DK", "07:00", "12:00", "day", 0, 5),
        new("AK", "17:00", "22:00", "evening", 0, 5),
    ];

    private static readonly string[] Competences = ["SPL", "VPL", "HFA", "HFA", "HFA", "ASS", "ASS"];
    private static readonly string[] Weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    /// <summary>The unit of <see cref="Generate"/>, read as `turnus plan` reads it.</summary>
    public static (Unit Unit, PlanOptions Options) Read(int seed)
    {
        var (json, options) = Generate(seed);
        return (UnitFileReader.Parse(json, $"tilfeldig-{seed}.json").Unit!, options);
    }

    public static (string Json, PlanOptions Options) Generate(int seed)
    {
        var random = new Random(seed);
        var weeks = random.Next(1, 3);
        var shifts = OtherShifts.OrderBy(_ => random.Next()).Take(random.Next(2, 5)).Prepend(DayShift).ToList();
        var nightShifts = shifts.Where(shift => shift.Category is "night" or "sleepingNight").ToList();
        var factor = random.Next(3) == 0 ? 0.6 : 0.5;
        var rules = new JsonObject
        {
            ["dailyRestHours"] = random.Next(3) == 0 ? 9 : 11,
            ["weeklyRestHours"] = random.Next(3) == 0 ? 28 : 35,
            ["maxConsecutiveNights"] = random.Next(3, 5),
            ["maxConsecutiveWorkDays"] = random.Next(5, 7),
            ["contractToleranceHoursPerWeek"] = Pick(random, 0.5, 1.0, 2.0),
            ["sleepingNightCountFactor"] = factor,
        };

        var employees = new JsonArray();
        var staffCompetences = new List<string>();
        for (var i = 1; i <= random.Next(3, 9); i++)
        {
            var night = nightShifts.Count == 0 ? Pick(random, "yes", "no") : Pick(random, "yes", "yes", "no", "only");
            var workable = night == "only" ? nightShifts : shifts.Where(shift => night == "yes" || !nightShifts.Contains(shift)).ToList();
            var competence = Pick(random, Competences);
            staffCompetences.Add(competence);
            var employee = new JsonObject
            {
                ["id"] = $"e{i}",
                ["competence"] = competence,
                ["stillingsprosent"] = Stillingsprosent(random, workable, weeks, factor),
                ["helgefrekvens"] = random.Next(1, weeks + 1),
                ["night"] = night,
                ["longShifts"] = random.Next(2) == 0,
            };
            if (random.Next(3) == 0)
                employee["desiredStillingsprosent"] = 100;
            if (random.Next(3) == 0)
                employee["unavailable"] = new JsonArray(Unavailable(random, weeks));
            if (random.Next(3) == 0)
                employee["wishes"] = new JsonArray(new JsonObject { ["kind"] = Pick(random, "prefer", "avoid"), ["weekday"] = Pick(random, Weekdays), ["shift"] = Pick(random, [.. shifts]).Code, ["weight"] = random.Next(1, 6) });
            employees.Add(employee);
        }

        var unit = new JsonObject
        {
            ["formatVersion"] = 1,
            ["id"] = $"tilfeldig-{seed}",
            ["name"] = $"Tilfeldig enhet {seed}",
            ["kind"] = "bofellesskap",
            ["rotationWeeks"] = weeks,
            ["shifts"] = new JsonArray([.. shifts.Select(Shift)]),
            ["residents"] = new JsonArray([.. Enumerable.Range(1, random.Next(0, 3)).Select(i => Resident(random, i, shifts, DemandDays(random, weeks), Demanded(random, staffCompetences)))]),
            ["baseStaffing"] = new JsonArray([.. Enumerable.Range(1, random.Next(0, 3)).Select(i => BaseStaffing(random, i, shifts, DemandDays(random, weeks), Demanded(random, staffCompetences)))]),
            ["employees"] = employees,
            ["rules"] = rules,
        };
        if (random.Next(3) == 0)
            unit["vacancies"] = new JsonArray(new JsonObject { ["id"] = "ledig", ["competence"] = Pick(random, Competences), ["maxStillingsprosent"] = Pick(random, 50, 100), ["helgefrekvens"] = 2 });

        var options = new PlanOptions
        {
            TimeLimit = TimeSpan.FromSeconds(5),
            Workers = 2,
            Seed = seed,
            Heltid = random.Next(3) == 0,
            HelgefrekvensForAll = random.Next(6) == 0 ? random.Next(2, 4) : null,
            LongShiftsForAll = random.Next(6) == 0,
        };
        return (unit.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), options);
    }

    /// <summary>A position the workable shifts can fill: a whole number of one shift over the rotation, as a share of 35.5 h a week.</summary>
    private static double Stillingsprosent(Random random, IReadOnlyList<ShiftSpec> workable, int weeks, double factor)
    {
        var shift = Pick(random, [.. workable]);
        var hours = shift.Category == "sleepingNight" ? shift.PaidHours * factor : shift.PaidHours;
        var count = random.Next(1, 5 * weeks + 1);
        var percent = count * hours / weeks / 35.5 * 100;
        while (percent > 100)
            percent -= hours / weeks / 35.5 * 100;
        return Math.Round(percent, 1);
    }

    /// <summary>
    /// Days with demand. A one-week rotation repeats every week, so whoever works a Sunday (or a Saturday evening)
    /// would work every Sunday, which the Sunday rule forbids: its demand stays on weekdays.
    /// </summary>
    private static string[] DemandDays(Random random, int weeks)
    {
        var candidates = weeks == 1 ? Weekdays[..5] : Weekdays;
        return candidates.Where(_ => random.Next(2) == 0).DefaultIfEmpty(candidates[random.Next(candidates.Length)]).ToArray();
    }

    /// <summary>A competence at least two of the staff can give, so a minimum does not rest on one person.</summary>
    private static string Demanded(Random random, IReadOnlyList<string> staff)
    {
        string[] demandable = ["SPL", "VPL", "HFA", "ASS", "ASS", "HFA"];
        var coverable = demandable.Where(need => staff.Count(have => Covers(have, need)) >= 2).ToArray();
        return coverable.Length == 0 ? "ASS" : Pick(random, coverable);
    }

    private static bool Covers(string staff, string demanded) => demanded switch
    {
        "HFA" => staff is "SPL" or "VPL" or "HFA",
        "ASS" => true,
        _ => staff == demanded,
    };

    private static JsonObject Unavailable(Random random, int weeks)
    {
        var entry = new JsonObject { ["weekday"] = Pick(random, Weekdays) };
        if (random.Next(2) == 0)
            entry["week"] = random.Next(1, weeks + 1);
        return entry;
    }

    private static JsonObject Shift(ShiftSpec shift)
    {
        var node = new JsonObject { ["code"] = shift.Code, ["start"] = shift.Start, ["end"] = shift.End, ["category"] = shift.Category };
        if (shift.UnpaidBreak > 0)
            node["unpaidBreakMinutes"] = shift.UnpaidBreak;
        return node;
    }

    /// <summary>One vedtak inside an awake shift's hours, spread thinly or filling its window (a required 1:1 or 2:1).</summary>
    private static JsonObject Resident(Random random, int number, IReadOnlyList<ShiftSpec> shifts, string[] days, string competence)
    {
        var shift = Pick(random, [.. shifts.Where(shift => shift.Category != "sleepingNight")]);
        var ratio = random.Next(5) == 0 ? 2 : 1;
        var window = new JsonObject { ["from"] = shift.Start, ["to"] = Later(shift.Start, shift.End, random) };
        var windowHours = Hours(window["from"]!.GetValue<string>(), window["to"]!.GetValue<string>());
        var capacity = days.Length * windowHours * ratio;
        var hours = random.Next(4) == 0 ? capacity : Math.Round(capacity * random.Next(1, 9) / 10.0, 2);
        var vedtak = new JsonObject
        {
            ["id"] = $"b{number}-vedtak",
            ["hoursPerWeek"] = hours,
            ["weekdays"] = new JsonArray([.. days.Select(day => JsonValue.Create(day))]),
            ["windows"] = new JsonArray(window),
            ["staffingRatio"] = $"{ratio}:1",
            ["competence"] = competence,
        };
        return new JsonObject { ["id"] = $"b{number}", ["vedtak"] = new JsonArray(vedtak) };
    }

    /// <summary>A minimum inside one shift's hours, awake, or sleeping presence at night when there is a sleeping night.</summary>
    private static JsonObject BaseStaffing(Random random, int number, IReadOnlyList<ShiftSpec> shifts, string[] days, string competence)
    {
        var sleeping = shifts.Any(shift => shift.Category == "sleepingNight") && random.Next(3) == 0;
        var shift = sleeping ? shifts.First(shift => shift.Category == "sleepingNight") : Pick(random, [.. shifts.Where(shift => shift.Category != "sleepingNight")]);
        var rule = new JsonObject
        {
            ["id"] = $"minimum-{number}",
            ["from"] = sleeping ? "23:00" : shift.Start,
            ["to"] = sleeping ? "06:00" : Later(shift.Start, shift.End, random),
            ["competence"] = competence,
            ["count"] = 1,
            ["presence"] = sleeping ? "sleeping" : "awake",
            ["weekdays"] = new JsonArray([.. days.Select(day => JsonValue.Create(day))]),
        };
        return rule;
    }

    /// <summary>The shift's end, or an earlier quarter hour when the window stays on the same side of midnight.</summary>
    private static string Later(string start, string end, Random random)
    {
        var from = Minutes(start);
        var to = Minutes(end);
        if (to <= from || random.Next(2) == 0)
            return end;
        var quarter = random.Next((from + 60) / 15, to / 15 + 1) * 15;
        return $"{quarter / 60:00}:{quarter % 60:00}";
    }

    private static double Hours(string from, string to)
    {
        var minutes = Minutes(to) - Minutes(from);
        return (minutes <= 0 ? minutes + 24 * 60 : minutes) / 60.0;
    }

    private static int Minutes(string time) =>
        int.Parse(time[..2], CultureInfo.InvariantCulture) * 60 + int.Parse(time[3..], CultureInfo.InvariantCulture);

    private static T Pick<T>(Random random, params T[] items) => items[random.Next(items.Length)];
}
