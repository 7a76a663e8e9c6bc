using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Velferd.Turnus.Domain.Time;

namespace Velferd.Turnus.Cli.Tests;

public sealed partial class DemandCommandTests
{
    private static double Norwegian(string number) => double.Parse(number.Replace(" ", "").Replace(',', '.'), CultureInfo.InvariantCulture);

    private static double TableFigure(CliRun run, string label)
    {
        var line = run.OutputLines.Single(text => text.TrimStart().StartsWith(label, StringComparison.Ordinal));
        return Norwegian(Figure().Match(line).Groups[1].Value);
    }

    [Fact]
    public void The_table_shows_each_competence_by_weekday_and_hour()
    {
        var run = CliRun.Of("demand", CliRun.Sample("bofellesskap-solsiden.json"));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("VPL vernepleier (kan dekkes av VPL)", run.Output);
        Assert.Contains("HFA helsefagarbeider (kan dekkes av SPL, VPL, HFA)", run.Output);
        Assert.Contains("ASS hvilende nattevakt", run.Output);
        Assert.Matches(@"kl\.\s+ma\s+ti\s+on\s+to\s+fr\s+lø\s+sø", run.Output);
        // 15–22 every day a vernepleier on duty (base staffing): desired 1,0 with required minimum [1].
        Assert.Matches(@"\n\s+16(\s+1,0 \[1\]){7}\s*\r?\n", run.Output);
        Assert.Contains("t/døgn", run.Output);
        Assert.Empty(run.Error);
    }

    [Theory]
    [InlineData("bofellesskap-solsiden.json")]
    [InlineData("bofellesskap-psykisk-helse.json")]
    [InlineData("sykehjem-avdeling-20.json")]
    [InlineData("hjemmetjeneste-sone.json")]
    public void The_table_reconciles_weekly_hours(string sample)
    {
        var run = CliRun.Of("demand", CliRun.Sample(sample));

        var vedtak = TableFigure(run, "Vedtakstimer, våken tid");
        var withIndirect = TableFigure(run, "÷ andel direkte brukertid");
        var share = Norwegian(ShareInLabel().Match(run.Output).Groups[1].Value);
        var baseAwake = TableFigure(run, "+ grunnbemanning, våken");
        var sleeping = TableFigure(run, "+ hvilende tilstedeværelse");
        var sum = TableFigure(run, "= sum etter vedtak og grunnbemanning");
        var curve = TableFigure(run, "Kurvens sum");

        Assert.Equal(vedtak / share, withIndirect, 0.1);
        Assert.Equal(withIndirect + baseAwake + sleeping, sum, 0.11);
        Assert.Equal(sum, curve);
        Assert.Matches(@"Kontroll\s+stemmer", run.Output);
    }

    [Fact]
    public void One_competence_only()
    {
        var run = CliRun.Of("demand", CliRun.Sample("sykehjem-avdeling-20.json"), "--competence", "spl");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("SPL sykepleier", run.Output);
        Assert.DoesNotContain("HFA helsefagarbeider (", run.Output);
        Assert.Matches(@"\n\s+03(\s+1,0 \[1\]){7}\s*\r?\n", run.Output); // a nurse on duty at night, every night
    }

    [Fact]
    public void An_unknown_competence_is_a_user_error()
    {
        var run = CliRun.Of("demand", CliRun.Sample("sykehjem-avdeling-20.json"), "--competence", "LEGE");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal("turnus demand: --competence 'LEGE' er ukjent; gyldige koder: SPL, VPL, HFA, ASS, SRV", run.Error.TrimEnd());
    }

    [Fact]
    public void Csv_has_one_row_per_weekday_quarter_hour_and_competence()
    {
        var run = CliRun.Of("demand", CliRun.Sample("sykehjem-avdeling-20.json"), "--format", "csv");

        var lines = run.OutputLines;
        Assert.Equal("weekday,time,competence,desired,required,sleeping", lines[0]);
        Assert.Equal(1 + SlotGrid.SlotsPerWeek * 3, lines.Count); // SPL, HFA and ASS are in use
        Assert.Equal("mon,00:00,SPL,1,1,0", lines[1]);
        Assert.Contains("sun,23:45,ASS,0,0,0", lines);
        var rows = lines.Skip(1).Select(line => line.Split(',')).ToList();
        var hours = rows.Sum(row => (double.Parse(row[3], CultureInfo.InvariantCulture) + int.Parse(row[5], CultureInfo.InvariantCulture)) * SlotGrid.SlotHours);
        var table = TableFigure(CliRun.Of("demand", CliRun.Sample("sykehjem-avdeling-20.json")), "Kurvens sum");
        Assert.Equal(table, hours, 0.06);
    }

    [Fact]
    public void Json_carries_the_reconciliation_and_the_same_rows()
    {
        var run = CliRun.Of("demand", CliRun.Sample("bofellesskap-solsiden.json"), "--format", "json");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        var root = document.RootElement;
        Assert.Equal("solsiden-bofellesskap", root.GetProperty("unitId").GetString());
        Assert.Equal(15, root.GetProperty("slotMinutes").GetInt32());
        var check = root.GetProperty("reconciliation");
        Assert.True(check.GetProperty("matches").GetBoolean());
        var expected = check.GetProperty("vedtakAwakeHours").GetDouble() / check.GetProperty("directTimeShare").GetDouble()
                       + check.GetProperty("baseAwakeHours").GetDouble() + check.GetProperty("sleepingHours").GetDouble();
        Assert.Equal(expected, check.GetProperty("curveTotalHours").GetDouble(), 0.01);
        var slots = root.GetProperty("slots").EnumerateArray().ToList();
        Assert.Equal(SlotGrid.SlotsPerWeek * 3, slots.Count);
        var slotHours = slots.Sum(slot => slot.GetProperty("desired").GetDouble() + slot.GetProperty("sleeping").GetInt32()) * SlotGrid.SlotHours;
        Assert.Equal(check.GetProperty("curveTotalHours").GetDouble(), slotHours, 0.01);
        Assert.Equal(["VPL", "HFA", "ASS"], root.GetProperty("competences").EnumerateArray().Select(item => item.GetProperty("code").GetString()));
    }

    [Fact]
    public void Out_writes_the_file_and_says_so()
    {
        using var folder = new TempUnitFile("{}");
        var target = folder.OutFile("behov.csv");

        var run = CliRun.Of("demand", CliRun.Sample("bofellesskap-psykisk-helse.json"), "--format", "csv", "--out", target);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal($"Skrev bemanningsbehovet (csv) til {target}", run.Output.TrimEnd());
        Assert.StartsWith("weekday,time,competence,desired,required,sleeping", File.ReadAllText(target));
    }

    [Fact]
    public void An_invalid_unit_prints_its_issues_to_stderr_and_exits_2()
    {
        using var file = new TempUnitFile("""{ "formatVersion": 1, "id": "x", "name": "X", "kind": "bofellesskap", "shifts": [], "residents": [], "employees": [] }""");

        var run = CliRun.Of("demand", file.Path, "--format", "csv");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Contains($"{file.Path}:1:81: $.shifts = [0 items]: must have at least 1 item(s)", run.Error);
        Assert.Contains($"{file.Path}: ugyldig (1 feil, 1 advarsel)", run.Error);
    }

    [GeneratedRegex(@"(?<=\s)(\d{1,3}(?: \d{3})*,\d)\s*$")]
    private static partial Regex Figure();

    [GeneratedRegex(@"÷ andel direkte brukertid (\d,\d+)")]
    private static partial Regex ShareInLabel();
}
