using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Rules;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.FileFormats.Units;
using Velferd.Turnus.FileFormats.Units.Checks;
using Velferd.Turnus.FileFormats.Validation;

namespace Velferd.Turnus.FileFormats.Districts;

/// <summary>A unit file named by the district, as read.</summary>
internal sealed record LoadedDistrictUnit(int Index, UnitFileResult Result);

/// <summary>
/// The checks of a district file the schema cannot express: its unit files exist and are valid, unit ids are unique,
/// replaced base staffing exists and can be replaced by the fagteam, the fagteam's base, size and shifts make sense,
/// and every pair of units has one travel time.
/// </summary>
internal static class DistrictChecks
{
    public static IReadOnlyList<LoadedDistrictUnit> Run(DistrictFileDto district, IssueList issues, Func<string, UnitFileResult?> readUnit)
    {
        var units = UnitFiles(district, issues, readUnit);
        var fagteamCompetence = CompetenceCodes.TryParse(district.Fagteam?.Competence, out var competence) ? competence : (Competence?)null;
        foreach (var unit in units.Where(unit => unit.Result.Unit is not null))
            ReplacedRules(district.Units![unit.Index], unit.Result.Unit!, $"$.units[{unit.Index}]", fagteamCompetence, issues);
        var ids = units.All(unit => unit.Result.Unit is not null) && units.Count == (district.Units?.Count ?? 0)
            ? units.Select(unit => unit.Result.Unit!.Id).ToList()
            : null;
        if (district.Fagteam is { } fagteam)
            Fagteam(fagteam, ids, issues);
        Travel(district.Travel ?? [], ids, issues);
        return units;
    }

    private static List<LoadedDistrictUnit> UnitFiles(DistrictFileDto district, IssueList issues, Func<string, UnitFileResult?> readUnit)
    {
        var loaded = new List<LoadedDistrictUnit>();
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < (district.Units?.Count ?? 0); i++)
        {
            var path = $"$.units[{i}].file";
            if (district.Units![i].File is not { Length: > 0 } file)
                continue;
            if (files.TryGetValue(file, out var first))
            {
                issues.Error(path, $"duplicate unit file; first named at {first}");
                continue;
            }
            files[file] = path;
            if (readUnit(file) is not { } result)
            {
                issues.Error(path, "no such unit file next to the district file");
                continue;
            }
            loaded.Add(new LoadedDistrictUnit(i, result));
            if (result.Unit is null)
            {
                issues.Error(path, "the unit file has errors (listed with its name)");
                continue;
            }
            if (ids.TryGetValue(result.Unit.Id, out var other))
                issues.Error(path, $"unit id '{result.Unit.Id}' is also the id of the unit at {other}");
            else
                ids[result.Unit.Id] = path;
        }
        return loaded;
    }

    private static void ReplacedRules(DistrictUnitDto entry, Unit unit, string path, Competence? fagteam, IssueList issues)
    {
        var replaces = entry.FagteamReplaces ?? [];
        for (var j = 0; j < replaces.Count; j++)
        {
            var at = $"{path}.fagteamReplaces[{j}]";
            if (unit.BaseStaffing.FirstOrDefault(rule => rule.Id == replaces[j]) is not { } rule)
            {
                var known = unit.BaseStaffing.Count == 0 ? "it has no base staffing" : $"its rules: {string.Join(", ", unit.BaseStaffing.Select(rule => rule.Id))}";
                issues.Error(at, $"is not a base-staffing rule of {unit.Id}{NameSuggestion.Hint(replaces[j], unit.BaseStaffing.Select(rule => rule.Id))}; {known}");
            }
            else if (rule.Presence == NightCover.Sleeping)
                issues.Error(at, "is sleeping presence; a visiting fagteam can only replace awake staffing");
            else if (fagteam is { } team && !CompetenceCoverage.CanCover(team, rule.Competence))
                issues.Error(at, $"needs {rule.Competence.Code()}, which the fagteam ({team.Code()}) cannot cover");
        }
    }

    private static void Fagteam(FagteamDto fagteam, IReadOnlyList<string>? unitIds, IssueList issues)
    {
        if (fagteam.Base is { } baseUnit && unitIds is not null && !unitIds.Contains(baseUnit))
            issues.Error("$.fagteam.base", $"is not a unit of the district{NameSuggestion.Hint(baseUnit, unitIds)}; units: {string.Join(", ", unitIds)}");
        if (fagteam is { MaxOnDuty: { } most, Positions: { } positions and >= 1 } && most > positions)
            issues.Error("$.fagteam.maxOnDuty", $"must not be above positions ({positions})");
        var shifts = fagteam.Shifts ?? [];
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < shifts.Count; i++)
        {
            var path = $"$.fagteam.shifts[{i}]";
            if (shifts[i].Code is { } code && !codes.TryAdd(code, $"{path}.code"))
                issues.Error($"{path}.code", $"duplicate shift code; first used at {codes[code]}");
            if (TimeChecks.Window(issues, path, shifts[i].Start, shifts[i].End, "start", "end") is not { } window)
                continue;
            var paidHours = (window.DurationMinutes - (shifts[i].UnpaidBreakMinutes ?? 0)) / 60.0;
            if (paidHours > RuleSet.Default.MaxHoursPerDay + 1e-9)
                issues.Error($"{path}.end", $"gives {paidHours:0.##} paid hours; at most {RuleSet.Default.MaxHoursPerDay:0.#} (maxHoursPerDay, AML §10-5)");
        }
        var weekendShifts = shifts.Any(shift => shift.Weekdays is null || shift.Weekdays.Any(day => day is "sat" or "sun"));
        var every = fagteam.Helgefrekvens ?? RuleSet.Default.DefaultHelgefrekvens;
        if (weekendShifts && fagteam.Positions is { } count and >= 1 && count / every == 0)
            issues.Warning("$.fagteam.positions", $"with {count} position(s) each working every {every}. weekend, nobody can take the weekend shifts");
    }

    private static void Travel(List<TravelDto> travel, IReadOnlyList<string>? unitIds, IssueList issues)
    {
        var pairs = new Dictionary<(string, string), string>();
        for (var i = 0; i < travel.Count; i++)
        {
            var path = $"$.travel[{i}]";
            if (travel[i] is not { From: { } from, To: { } to })
                continue;
            var known = true;
            foreach (var (end, field) in new[] { (from, "from"), (to, "to") })
            {
                if (unitIds is not null && !unitIds.Contains(end))
                {
                    issues.Error($"{path}.{field}", $"is not a unit of the district{NameSuggestion.Hint(end, unitIds)}; units: {string.Join(", ", unitIds)}");
                    known = false;
                }
            }
            if (from == to)
                issues.Error($"{path}.to", "is the same unit as from; travel within a unit is 0 minutes");
            else if (known && !pairs.TryAdd(Pair(from, to), path))
                issues.Error(path, $"duplicate travel time for {from} and {to}; first given at {pairs[Pair(from, to)]}");
        }
        if (unitIds is null)
            return;
        foreach (var (a, b) in unitIds.SelectMany((a, i) => unitIds.Skip(i + 1).Select(b => (a, b))))
        {
            if (a != b && !pairs.ContainsKey(Pair(a, b)))
                issues.Error("$.travel", $"no travel time between {a} and {b}; add {{ \"from\": \"{a}\", \"to\": \"{b}\", \"minutes\": … }}");
        }
    }

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
