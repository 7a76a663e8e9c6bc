using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Velferd.Turnus.Cli.Commands;
using Velferd.Turnus.Cli.Planning;
using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Torn.Catalogues;
using Velferd.Turnus.FileFormats.Plans;
using Velferd.Turnus.FileFormats.Units;
using Velferd.Turnus.Solver.Torn;

namespace Velferd.Turnus.Cli.Tests;

/// <summary>`turnus torn` and `turnus plan --torn` as a user runs them: reports, files, exit codes.</summary>
public sealed partial class TornCommandTests
{
    private static double Norwegian(string number) => double.Parse(number.Replace(" ", "").Replace(',', '.'), CultureInfo.InvariantCulture);

    [Fact]
    public void Help_shows_examples_for_a_unit_a_district_and_planning()
    {
        var run = CliRun.Of("torn", "--help");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("turnus torn samples/sykehjem-avdeling-20.json", run.Output);
        Assert.Contains("turnus torn --district samples/district --out ut/distrikt", run.Output);
        Assert.Contains("turnus plan samples/sykehjem-avdeling-20.json --torn", run.Output);
    }

    [Theory]
    [InlineData(new[] { "torn" }, "turnus torn: give a unit file, or --district with a district folder")]
    [InlineData(new[] { "torn", "a.json", "--district", "d" }, "turnus torn: give either a unit file or --district, not both")]
    [InlineData(new[] { "torn", "a.json", "--time-limit", "0" }, "turnus torn: --time-limit 0: must be above 0 and at most 86400 seconds")]
    [InlineData(new[] { "torn", "--district", "d", "--catalogue" }, "turnus torn: --catalogue shows a unit's catalogue; give a unit file")]
    public void Usage_errors_exit_2_with_one_line(string[] args, string message)
    {
        var run = CliRun.Of(args);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal(message, run.Error.TrimEnd());
    }

    [Fact]
    public void An_invalid_unit_file_exits_2_with_located_issues()
    {
        using var file = new TempUnitFile("""{ "formatVersion": 1, "id": "x", "name": "X", "kind": "bofellesskap", "shifts": [], "residents": [], "employees": [] }""");

        var run = CliRun.Of("torn", file.Path);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("$.shifts = [0 items]: must have at least 1 item(s)", run.Error);
    }

    [Fact]
    public void A_district_folder_without_district_json_exits_2()
    {
        var run = CliRun.Of("torn", "--district", CliRun.Sample(""));

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("no district.json in this folder", run.Error);
    }

    [Fact]
    public void A_unit_split_reports_before_and_after_and_writes_the_report_and_the_curve()
    {
        using var folder = new TempUnitFile("{}");
        var outDir = folder.OutFile("ut");

        var run = CliRun.Of("torn", CliRun.Sample("bofellesskap-solsiden.json"), "--out", outDir, "--time-limit", "20", "--workers", "2");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("TØRN-fordeling for Solsiden bofellesskap", run.Output);
        Assert.Contains("Katalogen forklarer", run.Output);
        Assert.Matches(@"Legemiddelhåndtering morgen og kveld\s+1 120\s+·\s+1 120 → 0\s+0 → 1 120", run.Output);
        Assert.Contains("Kostnad per uke:", run.Output);
        Assert.Contains("Kontroll: ingen oppgave er gitt til en yrkesgruppe som ikke har lov til den", run.Output);
        var html = File.ReadAllText(Path.Combine(outDir, "torn-report.html"));
        Assert.Contains("TØRN: oppgavedeling", html);
        Assert.Contains("Kompetansemiks", html);

        // The nurse hours after the split in the terminal are the SPL and VPL hours of the curve written beside it.
        var after = Norwegian(NurseHoursAfter().Match(run.Output).Groups[1].Value);
        var rows = File.ReadAllLines(Path.Combine(outDir, "torn-behov.csv"));
        var header = rows[0].Split(',');
        int Column(string name) => Array.FindIndex(header, column => column.Equals(name, StringComparison.OrdinalIgnoreCase));
        var nurseQuarters = rows.Skip(1).Select(row => row.Split(','))
            .Where(cells => cells[Column("competence")] is "SPL" or "VPL")
            .Sum(cells => double.Parse(cells[Column("desired")], CultureInfo.InvariantCulture) + double.Parse(cells[Column("sleeping")], CultureInfo.InvariantCulture));
        Assert.Equal(after, nurseQuarters / 4, 0.06);
    }

    [Fact]
    public void The_catalogue_option_prints_the_unit_s_catalogue_as_unit_file_json()
    {
        var run = CliRun.Of("torn", CliRun.Sample("sykehjem-avdeling-20.json"), "--catalogue");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var ids = json.RootElement.GetProperty("tasks").EnumerateArray().Select(task => task.GetProperty("id").GetString()).ToList();
        Assert.Equal(TaskCatalogues.Default(Domain.Units.UnitKind.Sykehjemsavdeling).Select(task => task.Id), ids);
    }

    [Fact]
    public void A_district_shows_fewer_nurse_hours_with_the_fagteam_and_writes_a_plannable_fagteam_unit()
    {
        using var folder = new TempUnitFile("{}");
        var outDir = folder.OutFile("distrikt");

        var run = CliRun.Of("torn", "--district", CliRun.Sample("district"), "--out", outDir, "--time-limit", "15", "--workers", "2");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var figures = SharedAgainstAlone().Match(run.Output);
        Assert.True(figures.Success, run.Output);
        Assert.True(Norwegian(figures.Groups[1].Value) < Norwegian(figures.Groups[2].Value));
        Assert.Contains("Fagteamets uke", run.Output);
        Assert.Contains("Kontroll: fagteamet er aldri i to enheter samtidig", run.Output);
        Assert.Contains("Fagteam på tvers av enhetene", File.ReadAllText(Path.Combine(outDir, "torn-report.html")));
        foreach (var unit in new[] { "lia", "bergtun", "granly", "fagteam" })
            Assert.True(File.Exists(Path.Combine(outDir, $"behov-{unit}.csv")), unit);

        var fagteam = UnitFileReader.ReadFile(Path.Combine(outDir, "fagteam-enhet.json"));
        Assert.Empty(fagteam.Issues);
        Assert.Equal(7, fagteam.Unit!.Vacancies.Count);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Plan_with_torn_plans_on_the_split_curve_and_passes_the_checker_against_it(bool inProcess)
    {
        using var folder = new TempUnitFile("{}");
        var outDir = folder.OutFile("plan");
        var unitPath = CliRun.Sample(Path.Combine("district", "bergtun-bofellesskap.json"));
        // Through the embedded silo with a data directory of the test's own, or in this process.
        var root = new RootCommand { PlanCommand.Create(_ => inProcess ? new InProcessPlanExecution() : new GrainPlanExecution(null, TextWriter.Null, folder.OutFile("data"))) };
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = TurnusCli.Run(root, ["plan", unitPath, "--torn", "--time-limit", "20", "--workers", "2", "--no-grid", "--out", outDir], output, error);

        Assert.True(exitCode == ExitCodes.Ok, error.ToString() + output);
        Assert.Contains("TØRN: planlegger på behovet etter oppgavedelingen", output.ToString());
        Assert.Contains("TØRN: oppgavedeling", File.ReadAllText(Path.Combine(outDir, "report.html")));

        var unit = UnitFileReader.ReadFile(unitPath).Unit!;
        var plan = PlanFile.ReadFile(Path.Combine(outDir, "plan.json"), unit).Plan!;
        var split = TaskSplitSolver.Solve(unit, new TornOptions { TimeLimit = TimeSpan.FromSeconds(15), Workers = 2 });
        var check = PlanChecker.Check(unit, plan, split.AfterCurve!);
        Assert.True(check.IsLegal, string.Join("\n", check.Breaches));
    }

    [GeneratedRegex(@"frigjort: [\d ,]+ t per uke \([\d,]+ årsverk\): [\d ,]+ → ([\d ,]+) t")]
    private static partial Regex NurseHoursAfter();

    [GeneratedRegex(@"Med fagteam: ([\d ,]+) sykepleier- og vernepleiertimer per uke mot ([\d ,]+) når")]
    private static partial Regex SharedAgainstAlone();
}
