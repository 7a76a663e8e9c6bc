namespace Velferd.Turnus.Cli.Tests;

public sealed class ValidateCommandTests
{
    private const string InvalidUnit = """
        {
          "formatVersion": 1,
          "id": "liten",
          "name": "Liten enhet",
          "kind": "bofellesskap",
          "shifts": [ { "code": "D", "start": "07:00", "end": "15:00", "category": "day" } ],
          "residents": [ { "id": "b1", "vedtak": [ { "id": "v1", "hoursPerWeek": 10, "windows": [ { "from": "08:00", "to": "12:00" } ], "competence": "HFA" } ] } ],
          "employees": [
            { "id": "e1", "competence": "HFA", "stillingsprosent": 120 },
            { "id": "e1", "competence": "HFA", "stillingsprosent": 50, "desiredStillingsprosent": 40 }
          ]
        }
        """;

    [Fact]
    public void A_valid_sample_exits_0_with_a_one_line_verdict()
    {
        var run = CliRun.Of("validate", CliRun.Sample("bofellesskap-solsiden.json"));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var line = Assert.Single(run.OutputLines);
        Assert.EndsWith("bofellesskap-solsiden.json: gyldig (0 feil, 0 advarsler): Solsiden bofellesskap, 8 beboere/brukere, 25 vedtak, " +
                        "22 ansatte, 2 ledige stillinger, 6 vakttyper", line);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void An_invalid_file_exits_2_and_lists_every_issue_located()
    {
        using var file = new TempUnitFile(InvalidUnit);

        var run = CliRun.Of("validate", file.Path);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal(
            [
                $"{file.Path}:9:60: $.employees[0].stillingsprosent = 120: must be between 0 and 100",
                $"{file.Path}:10:13: $.employees[1].id = \"e1\": duplicate employee or vacancy id; first used at $.employees[0].id",
                $"{file.Path}:10:91: warning: $.employees[1].desiredStillingsprosent = 40: is smaller than the position (50 %); the planner only grows positions",
                $"{file.Path}: ugyldig (2 feil, 1 advarsel)",
            ],
            run.OutputLines);
    }

    [Fact]
    public void Warnings_alone_leave_the_file_valid()
    {
        using var file = new TempUnitFile(InvalidUnit.Replace("120", "100").Replace("\"id\": \"e1\", \"competence\": \"HFA\", \"stillingsprosent\": 50", "\"id\": \"e2\", \"competence\": \"HFA\", \"stillingsprosent\": 50"));

        var run = CliRun.Of("validate", file.Path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("warning: $.employees[1].desiredStillingsprosent = 40", run.Output);
        Assert.Contains(": gyldig (0 feil, 1 advarsel): Liten enhet", run.Output);
    }

    [Fact]
    public void Malformed_json_is_located_by_line_and_column()
    {
        using var file = new TempUnitFile("{\n  \"id\": \"x\"\n  \"name\": \"y\"\n}");

        var run = CliRun.Of("validate", file.Path);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.StartsWith($"{file.Path}:3:3: $.id: malformed JSON: ", run.OutputLines[0]);
        Assert.DoesNotContain("   at ", run.Output + run.Error);
    }

    [Fact]
    public void A_missing_file_is_a_user_error()
    {
        var run = CliRun.Of("validate", "finnes-ikke.json");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.StartsWith("finnes-ikke.json: $: file not found (looked in ", run.OutputLines[0]);
    }
}
