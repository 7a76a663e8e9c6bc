using System.Text.Json.Nodes;
using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.FileFormats.Plans;
using Velferd.Turnus.FileFormats.Units;

namespace Velferd.Turnus.Cli.Tests;

/// <summary>`turnus plan` writes a plan that `turnus check` and the plan checker accept; `turnus check` catches what an edit breaks.</summary>
public sealed class PlanCommandTests(PlannedUnit planned) : IClassFixture<PlannedUnit>
{
    [Fact]
    public void Plan_exits_0_and_writes_plan_json_csv_and_report()
    {
        Assert.True(planned.Run.ExitCode == ExitCodes.Ok, $"exit {planned.Run.ExitCode}\n{planned.Run.Output}\n{planned.Run.Error}");
        Assert.Contains("Kontroll: ingen brudd", planned.Run.Output);
        Assert.All(["plan.json", "plan.csv", "report.html"], name => Assert.True(File.Exists(planned.Output(name)), $"{name} was not written"));
        Assert.Contains($"Skrev {planned.Output("plan.json")}", planned.Run.Unwrapped);
    }

    [Fact]
    public void The_written_plan_reads_back_and_passes_the_checker()
    {
        var unit = UnitFileReader.ReadFile(planned.UnitPath).Unit!;

        var read = PlanFile.ReadFile(planned.Output("plan.json"), unit);

        Assert.Empty(read.Issues);
        var plan = read.Plan!;
        Assert.Equal(("liten", 2), (plan.UnitId, plan.RotationWeeks));
        Assert.Equal(["e1", "e2", "e3", "e4"], plan.Positions.Select(position => position.EmployeeId));
        var report = PlanChecker.Check(unit, plan);
        Assert.True(report.IsLegal, string.Join("\n", report.Breaches));
    }

    [Fact]
    public void Check_of_the_written_plan_exits_0()
    {
        var run = CliRun.Of("check", planned.UnitPath, planned.Output("plan.json"));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.StartsWith($"Ingen brudd på harde regler i {planned.Output("plan.json")}", run.Output);
    }

    [Fact]
    public void Check_exits_4_and_names_a_breach_planted_by_hand()
    {
        // e4 does not work nights: give her a night shift on a day she is off.
        var document = JsonNode.Parse(File.ReadAllText(planned.Output("plan.json")))!;
        var days = document["rows"]!.AsArray().Single(row => (string?)row!["employee"] == "e4")!["days"]!.AsArray();
        var day = Enumerable.Range(0, days.Count).First(index => (string?)days[index] == "");
        days[day] = "N";
        var edited = planned.Scratch("natt-for-e4.json");
        File.WriteAllText(edited, document.ToJsonString());

        var run = CliRun.Of("check", planned.UnitPath, edited);

        Assert.Equal(ExitCodes.HardBreaches, run.ExitCode);
        var text = run.Unwrapped;
        Assert.Contains("Nattarbeid etter avtale (Arbeidsavtalen; AML §10-11): 1", text);
        Assert.Contains($"- [Nattarbeid etter avtale] e4, {DayNames.Describe(day)}, N: har nattevakt, men jobber ikke natt etter avtalen (Arbeidsavtalen; AML §10-11)", text);
    }

    [Fact]
    public void An_unknown_shift_code_exits_2_with_file_line_column_and_path()
    {
        var document = JsonNode.Parse(File.ReadAllText(planned.Output("plan.json")))!;
        document["rows"]![0]!["days"]![3] = "Q";
        var edited = planned.Scratch("ukjent-vakt.json");
        File.WriteAllText(edited, document.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));

        var run = CliRun.Of("check", planned.UnitPath, edited);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        var issue = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => line.Contains("$.rows[0].days[3]"));
        var match = System.Text.RegularExpressions.Regex.Match(issue,
            @"^(?<file>.+):(?<line>\d+):(?<column>\d+): \$\.rows\[0\]\.days\[3\] = ""Q"": unknown shift code; the unit's shifts are: D, A, N \(""""? for a day off\)\r?$");
        Assert.True(match.Success, issue);
        Assert.Equal(edited, match.Groups["file"].Value);
        // The location points at the value in the file.
        var text = File.ReadAllLines(edited)[int.Parse(match.Groups["line"].Value) - 1];
        Assert.Equal("\"Q\"", text.Substring(int.Parse(match.Groups["column"].Value) - 1, 3));
        Assert.Contains($"{edited}: ugyldig plan (1 feil)", run.Error);
    }

    [Fact]
    public void Plan_from_the_written_plan_improves_on_it_and_writes_a_legal_plan()
    {
        var before = (double)JsonNode.Parse(File.ReadAllText(planned.Output("plan.json")))!["solve"]!["objectiveNok"]!;
        var again = planned.Scratch("igjen");

        var run = CliRun.Of("plan", planned.UnitPath, "--in-process", "--start", planned.Output("plan.json"), "--time-limit", "2", "--workers", "2",
            "--seed", "2", "--out", again, "--no-grid");

        Assert.True(run.ExitCode == ExitCodes.Ok, $"exit {run.ExitCode}\n{run.Output}\n{run.Error}");
        var after = (double)JsonNode.Parse(File.ReadAllText(Path.Combine(again, "plan.json")))!["solve"]!["objectiveNok"]!;
        Assert.True(after <= before + 1e-6, $"started from {before} kr, wrote {after} kr");
        Assert.Equal(ExitCodes.Ok, CliRun.Of("check", planned.UnitPath, Path.Combine(again, "plan.json")).ExitCode);
    }

    [Fact]
    public void A_start_plan_of_another_rotation_length_exits_2_and_says_why()
    {
        var run = CliRun.Of("plan", planned.UnitPath, "--in-process", "--start", planned.Output("plan.json"), "--weeks", "3", "--out", planned.Scratch("tre-uker"));

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains($"--start {planned.Output("plan.json")}: the plan has 2 weeks, the rotation 3", run.Error);
    }
}
