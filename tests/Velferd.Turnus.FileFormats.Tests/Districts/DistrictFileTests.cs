using System.Text.Json;
using System.Text.Json.Nodes;
using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.FileFormats.Districts;
using Velferd.Turnus.FileFormats.Units;
using Velferd.Turnus.FileFormats.Validation;
using Velferd.Turnus.Tests.Shared;

namespace Velferd.Turnus.FileFormats.Tests.Districts;

/// <summary>The district file: a valid one reads with its defaults; each bad input gives one located issue with its exact message.</summary>
public sealed class DistrictFileTests
{
    private const IssueSeverity Warning = IssueSeverity.Warning;

    public static TheoryData<string, string, string, string?, string, IssueSeverity> BadInputs => new()
    {
        { "unit file missing", """{"units":[{"file":"a.json"},{"file":"mangler.json"},{"file":"c.json"}]}""", "$.units[1].file", "\"mangler.json\"", "no such unit file next to the district file", IssueSeverity.Error },
        { "unit file twice", """{"units":[{"file":"a.json"},{"file":"a.json"},{"file":"c.json"}]}""", "$.units[1].file", "\"a.json\"", "duplicate unit file; first named at $.units[0].file", IssueSeverity.Error },
        { "replaced rule unknown", """{"units":[{"file":"a.json","fagteamReplaces":["spll"]},{"file":"b.json"},{"file":"c.json"}]}""", "$.units[0].fagteamReplaces[0]", "\"spll\"", "is not a base-staffing rule of a (did you mean 'spl'?); its rules: natt, spl", IssueSeverity.Error },
        { "replaced rule the team cannot cover", """{"units":[{"file":"a.json","fagteamReplaces":["natt"]},{"file":"b.json"},{"file":"c.json"}],"fagteam":{"competence":"SRV"}}""", "$.units[0].fagteamReplaces[0]", "\"natt\"", "needs ASS, which the fagteam (SRV) cannot cover", IssueSeverity.Error },
        { "base not a unit", """{"fagteam":{"base":"nordby"}}""", "$.fagteam.base", "\"nordby\"", "is not a unit of the district; units: a, b, c", IssueSeverity.Error },
        { "more out at once than positions", """{"fagteam":{"maxOnDuty":5}}""", "$.fagteam.maxOnDuty", "5", "must not be above positions (3)", IssueSeverity.Error },
        { "positions zero", """{"fagteam":{"positions":0}}""", "$.fagteam.positions", "0", "must be between 1 and 50", IssueSeverity.Error },
        { "unknown fagteam field", """{"fagteam":{"size":4}}""", "$.fagteam.size", "4", "is not a known field here; allowed: id, name, competence, positions, maxOnDuty, base, helgefrekvens, shifts", IssueSeverity.Error },
        { "shift off the grid", """{"fagteam":{"shifts":[{"code":"FD","start":"07:10","end":"15:30","category":"day"}]}}""", "$.fagteam.shifts[0].start", "\"07:10\"", "must be on the 15-minute grid (e.g. 07:15, 07:30)", IssueSeverity.Error },
        { "shift too long", """{"fagteam":{"shifts":[{"code":"FL","start":"08:00","end":"21:00","category":"long"}]}}""", "$.fagteam.shifts[0].end", "\"21:00\"", "gives 13 paid hours; at most 12.5 (maxHoursPerDay, AML §10-5)", IssueSeverity.Error },
        { "sleeping fagteam shift", """{"fagteam":{"shifts":[{"code":"HN","start":"22:00","end":"07:00","category":"sleepingNight"}]}}""", "$.fagteam.shifts[0].category", "\"sleepingNight\"", "must be one of: \"day\", \"evening\", \"night\", \"long\"", IssueSeverity.Error },
        { "travel to an unknown unit", """{"travel":[{"from":"a","to":"nordby","minutes":10},{"from":"a","to":"c","minutes":15},{"from":"b","to":"c","minutes":5},{"from":"a","to":"b","minutes":10}]}""", "$.travel[0].to", "\"nordby\"", "is not a unit of the district; units: a, b, c", IssueSeverity.Error },
        { "travel within a unit", """{"travel":[{"from":"a","to":"a","minutes":0},{"from":"a","to":"c","minutes":15},{"from":"b","to":"c","minutes":5},{"from":"a","to":"b","minutes":10}]}""", "$.travel[0].to", "\"a\"", "is the same unit as from; travel within a unit is 0 minutes", IssueSeverity.Error },
        { "travel given twice", """{"travel":[{"from":"a","to":"b","minutes":10},{"from":"a","to":"c","minutes":15},{"from":"b","to":"c","minutes":5},{"from":"b","to":"a","minutes":12}]}""", "$.travel[3]", "{…}", "duplicate travel time for b and a; first given at $.travel[0]", IssueSeverity.Error },
        { "travel missing", """{"travel":[{"from":"a","to":"b","minutes":10},{"from":"a","to":"c","minutes":15}]}""", "$.travel", "[2 items]", "no travel time between b and c; add { \"from\": \"b\", \"to\": \"c\", \"minutes\": … }", IssueSeverity.Error },
        { "travel too long", """{"travel":[{"from":"a","to":"b","minutes":300},{"from":"a","to":"c","minutes":15},{"from":"b","to":"c","minutes":5}]}""", "$.travel[0].minutes", "300", "must be between 0 and 240", IssueSeverity.Error },
        { "too few positions for weekends", """{"fagteam":{"positions":2,"maxOnDuty":2}}""", "$.fagteam.positions", "2", "with 2 position(s) each working every 3. weekend, nobody can take the weekend shifts", Warning },
        { "one unit only", """{"units":[{"file":"a.json"}],"travel":[]}""", "$.units", "[1 items]", "must have at least 2 item(s)", IssueSeverity.Error },
    };

    [Fact]
    public void The_test_district_reads_with_its_defaults()
    {
        var result = TestDistrict.Read();

        Assert.Empty(result.Issues);
        var district = Assert.IsType<Domain.Torn.Districts.District>(result.District);
        Assert.Equal(["a", "b", "c"], district.Units.Select(unit => unit.Unit.Id));
        Assert.Equal(["spl"], district.Units[0].FagteamReplaces);
        Assert.Empty(district.Units[2].FagteamReplaces);
        Assert.Equal(Competence.Sykepleier, district.Fagteam.Competence);
        Assert.Equal(3, district.Fagteam.Helgefrekvens);
        Assert.Equal("a", district.Fagteam.BaseUnitId);
        Assert.Equal(5, district.Fagteam.Shifts[1].Weekdays.Count);
        Assert.Equal(5, district.Travel.Minutes("c", "b"));
        Assert.Equal(0, district.Travel.Minutes("a", "a"));
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Reports_the_exact_path_value_and_message(string name, string merge, string path, string? value, string message, IssueSeverity severity)
    {
        var result = TestDistrict.ReadWith(document => Merge(document, JsonNode.Parse(merge)!.AsObject()));

        var atPath = result.Issues.Where(issue => issue.Path == path && issue.File == TestDistrict.FileName).ToList();
        Assert.True(atPath.Count == 1, $"{name}: expected one issue at {path}, got:\n{string.Join("\n", result.Issues)}");
        Assert.Equal(message, atPath[0].Message);
        Assert.Equal(value, atPath[0].Value);
        Assert.Equal(severity, atPath[0].Severity);
        Assert.NotNull(atPath[0].Line);
        Assert.Equal(severity == Warning, result.IsValid);
    }

    [Fact]
    public void A_unit_file_with_errors_is_reported_in_its_own_file_and_at_the_district_entry()
    {
        var result = TestDistrict.ReadWith(_ => { }, file => UnitFileReader.Parse(
            TestDistrict.UnitJson(file[..1], unit => { if (file == "b.json") unit["rotationWeeks"] = 20; }), file));

        Assert.False(result.IsValid);
        Assert.Contains(result.Issues, issue => issue.File == "b.json" && issue.Path == "$.rotationWeeks" && issue.Message == "must be between 1 and 12");
        Assert.Contains(result.Issues, issue => issue.File == TestDistrict.FileName && issue.Path == "$.units[1].file" && issue.Message == "the unit file has errors (listed with its name)");
    }

    [Fact]
    public void Two_units_with_one_id_are_an_error()
    {
        var result = TestDistrict.ReadWith(_ => { }, file => UnitFileReader.Parse(TestDistrict.UnitJson(file == "c.json" ? "a" : file[..1]), file));

        var issue = Assert.Single(result.Issues, issue => issue.Path == "$.units[2].file");
        Assert.Equal("unit id 'a' is also the id of the unit at $.units[0].file", issue.Message);
    }

    [Fact]
    public void A_folder_without_a_district_file_says_what_a_district_is()
    {
        var result = DistrictFileReader.Read(RepositoryRoot.File("docs"));

        var issue = Assert.Single(result.Issues);
        Assert.Equal("no district.json in this folder; a district is a folder with district.json and its unit files (docs/torn.md)", issue.Message);
    }

    [Fact]
    public void The_sample_district_and_its_units_are_valid_without_warnings()
    {
        var result = DistrictFileReader.Read(RepositoryRoot.File("samples", "district"));

        Assert.Empty(result.Issues);
        Assert.True(result.District!.Units.Count >= 3);
        Assert.All(result.District.Units, unit => Assert.NotEmpty(unit.FagteamReplaces));
    }

    [Fact]
    public void Docs_torn_md_names_every_district_schema_field()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.File("schema", "district.schema.json")));
        var docs = File.ReadAllText(RepositoryRoot.File("docs", "torn.md"));

        var fields = Fields(schema.RootElement).Distinct().ToList();

        Assert.True(fields.Count > 20);
        Assert.All(fields, field => Assert.Contains($"`{field}`", docs));
    }

    private static IEnumerable<string> Fields(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "properties" && property.Value.ValueKind == JsonValueKind.Object)
                    foreach (var field in property.Value.EnumerateObject())
                        yield return field.Name;
                foreach (var nested in Fields(property.Value))
                    yield return nested;
            }
    }

    /// <summary>Objects merge field by field; anything else replaces.</summary>
    private static void Merge(JsonObject target, JsonObject patch)
    {
        foreach (var (key, value) in patch.ToList())
        {
            if (value is JsonObject inner && target[key] is JsonObject existing)
                Merge(existing, inner);
            else
                target[key] = value?.DeepClone();
        }
    }
}
