using System.CommandLine;
using System.Text.RegularExpressions;
using Velferd.Turnus.Cli.Commands;
using Velferd.Turnus.Cli.Planning;
using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.FileFormats.Plans;
using Velferd.Turnus.FileFormats.Units;
using Velferd.Turnus.Tests.Shared;

namespace Velferd.Turnus.Cli.Tests;

/// <summary>`turnus plan` through the embedded silo, `turnus jobs attach` and `turnus portfolio plan`, each with a data directory of its own.</summary>
public sealed partial class ClusterCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "turnus-cli-cluster-" + Guid.NewGuid().ToString("N")[..8]);

    private string DataDirectory => Path.Combine(folder, "data");

    public ClusterCommandTests() => Directory.CreateDirectory(Path.Combine(folder, "units"));

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Plan_runs_through_the_embedded_silo_and_the_job_can_be_attached_again_by_id()
    {
        var unitFile = Write("units/liten.json", TestUnitFiles.Json("cli-liten"));
        var notices = new StringWriter();
        var root = new RootCommand { PlanCommand.Create(_ => new GrainPlanExecution(null, notices, DataDirectory)), JobsCommand.Create() };

        var planned = Run(root, "plan", unitFile, "--time-limit", "3", "--out", Path.Combine(folder, "ut"), "--no-grid");

        Assert.True(planned.ExitCode == ExitCodes.Ok, planned.Error + planned.Output);
        var jobId = JobIdPattern().Match(notices.ToString()).Groups[1].Value;
        Assert.StartsWith("cli-liten-", jobId);
        var unit = UnitFileReader.ReadFile(unitFile).Unit!;
        var plan = PlanFile.ReadFile(Path.Combine(folder, "ut", "plan.json"), unit).Plan!;
        Assert.True(PlanChecker.Check(unit, plan).IsLegal);

        var attached = await Task.Run(() => Run(root, "jobs", "attach", jobId, "--data-dir", DataDirectory));

        Assert.True(attached.ExitCode == ExitCodes.Ok, attached.Error + attached.Output);
        Assert.Contains(jobId, attached.Output);
        Assert.Contains("Done", attached.Output);
    }

    [Fact]
    public void Portfolio_plan_plans_every_unit_file_of_a_folder_and_rolls_them_up()
    {
        Write("units/a.json", TestUnitFiles.Json("cli-portefolje-a"));
        Write("units/b.json", TestUnitFiles.Json("cli-portefolje-b", dayHours: 18));

        var run = CliRun.Of("portfolio", "plan", Path.Combine(folder, "units"), "--time-limit", "3", "--data-dir", DataDirectory);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error + run.Output);
        Assert.Contains("cli-portefolje-a", run.Output);
        Assert.Contains("Totalt (2 av 2 med plan)", run.Output);
    }

    [Fact]
    public void Portfolio_plan_refuses_a_folder_with_an_invalid_unit_file_and_locates_its_errors()
    {
        Write("units/a.json", TestUnitFiles.Json("cli-ok"));
        var invalid = Write("units/b.json", TestUnitFiles.Invalid("cli-ugyldig"));

        var run = CliRun.Of("portfolio", "plan", Path.Combine(folder, "units"), "--data-dir", DataDirectory);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains($"{invalid}:", run.Error);
        Assert.Contains("$.residents[0].vedtak[0].hoursPerWeek = -4", run.Error);
        Assert.False(Directory.Exists(DataDirectory));
    }

    private string Write(string name, string json)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, json);
        return path;
    }

    private static CliRun Run(RootCommand root, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = TurnusCli.Run(root, args, output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    [GeneratedRegex(@"Jobb (\S+) på")]
    private static partial Regex JobIdPattern();
}
