using System.CommandLine;
using Velferd.Turnus.Cli.Planning;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.FileFormats.Plans;
using Velferd.Turnus.FileFormats.Validation;
using Velferd.Turnus.Solver.Turnus;

namespace Velferd.Turnus.Cli.Commands;

/// <summary>Where to run a plan: this process, or a cluster reached through Redis.</summary>
public sealed record PlanTarget(bool InProcess, string? ClusterConnection);

/// <summary>A validated plan request: solver options, where to run, where to write.</summary>
/// <param name="Torn">Plan on the demand after the unit's TØRN task split instead of the vedtak-only demand.</param>
internal sealed record PlanRequest(PlanOptions Options, PlanTarget Target, string OutputDirectory, bool ShowGrid, bool Torn = false);

/// <summary>The options of `turnus plan`, read and checked in one place.</summary>
internal sealed class PlanCommandOptions
{
    private readonly Option<int?> weeks = new("--weeks", "-w") { Description = "Turnusens lengde i uker (1–12). Standard: enhetens rotationWeeks (6)." };
    private readonly Option<double> timeLimit = new("--time-limit", "-t") { Description = "Tidsgrense for løseren i sekunder.", DefaultValueFactory = _ => 60 };
    private readonly Option<string?> outDir = new("--out", "-o") { Description = "Mappe for plan.json, plan.csv og report.html. Standard: ./turnus-<enhet>." };
    private readonly Option<int?> workers = new("--workers") { Description = "Antall søketråder (standard: antall kjerner)." };
    private readonly Option<int?> seed = new("--seed") { Description = "Frø for løseren, for å gjenta en kjøring." };
    private readonly Option<double?> gap = new("--gap") { Description = "Stopp når avstanden til beste nedre grense er under denne andelen (0,01 = 1 %)." };
    private readonly Option<bool> heltid = new("--heltid") { Description = "Heltidsmodus: stillinger kan økes mot ønsket størrelse, ledige stillinger dimensjoneres." };
    private readonly Option<int?> helgefrekvens = new("--helgefrekvens") { Description = "Scenario: alle jobber hver N. helg (2–6)." };
    private readonly Option<bool> langvakter = new("--langvakter") { Description = "Scenario: alle kan gå langvakter." };
    private readonly Option<double?> minPosition = new("--min-stilling") { Description = "Scenario: ingen ny eller økt stilling under denne prosenten." };
    private readonly Option<string?> weightsFile = new("--weights") { Description = "JSON-fil med vekter (docs/planning-weights.md)." };
    private readonly Option<bool> inProcess = new("--in-process") { Description = "Løs i denne prosessen, uten innebygd silo og lagring." };
    private readonly Option<string?> cluster = new("--cluster") { Description = "Koble til en kjørende klynge via Redis (f.eks. localhost:6379)." };
    private readonly Option<bool> noGrid = new("--no-grid") { Description = "Ikke vis turnusrutenettet i terminalen." };
    private readonly Option<string?> start = new("--start") { Description = "En plan.json å starte fra (f.eks. dagens turnus), som forbedres i stedet for å planlegge fra bunnen." };
    private readonly Option<bool> torn = new("--torn") { Description = "Planlegg på behovet etter TØRN-oppgavedelingen (turnus torn) i stedet for behovet fra vedtakene alene." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { weeks, timeLimit, outDir, workers, seed, gap, heltid, helgefrekvens, langvakter, minPosition, weightsFile, inProcess, cluster, noGrid, torn, start })
            command.Options.Add(option);
    }

    /// <summary>The request, or null after printing what is wrong with the options.</summary>
    public PlanRequest? Read(ParseResult parsed, Unit unit, TextWriter error)
    {
        var problems = new List<string>();
        var rotation = parsed.GetValue(weeks);
        if (rotation is < 1 or > 12)
            problems.Add($"--weeks {rotation}: must be between 1 and 12");
        var seconds = parsed.GetValue(timeLimit);
        if (seconds is <= 0 or > 86_400)
            problems.Add($"--time-limit {seconds}: must be above 0 and at most 86400 seconds");
        var threads = parsed.GetValue(workers);
        if (threads is < 1 or > 64)
            problems.Add($"--workers {threads}: must be between 1 and 64");
        var gapTarget = parsed.GetValue(gap);
        if (gapTarget is < 0 or > 1)
            problems.Add($"--gap {gapTarget}: must be between 0 and 1");
        var every = parsed.GetValue(helgefrekvens);
        if (every is < 1 or > 6)
            problems.Add($"--helgefrekvens {every}: must be between 1 and 6");
        var floor = parsed.GetValue(minPosition);
        if (floor is < 0 or > 100)
            problems.Add($"--min-stilling {floor}: must be between 0 and 100");
        var weights = PlanWeights.Default;
        if (parsed.GetValue(weightsFile) is { } path)
        {
            var (read, problem) = WeightsFile.Read(path);
            if (problem is not null)
                problems.Add(problem);
            weights = read ?? weights;
        }
        Domain.Planning.Plan? startPlan = null;
        if (parsed.GetValue(start) is { } startPath)
        {
            var read = PlanFile.ReadFile(startPath, unit);
            startPlan = read.Plan;
            UnitLoading.PrintIssues(read.Issues.Where(issue => issue.Severity != IssueSeverity.Error), error);
            problems.AddRange(read.Issues.Where(issue => issue.Severity == IssueSeverity.Error).Select(issue => $"--start: {issue}"));
        }
        if (parsed.GetValue(inProcess) && parsed.GetValue(cluster) is not null)
            problems.Add("--in-process and --cluster cannot be used together");
        foreach (var problem in problems)
            error.WriteLine($"turnus plan: {problem}");
        if (problems.Count > 0)
            return null;

        var options = new PlanOptions
        {
            Weeks = rotation,
            TimeLimit = TimeSpan.FromSeconds(seconds),
            Workers = threads ?? Environment.ProcessorCount,
            Seed = parsed.GetValue(seed),
            GapTarget = gapTarget,
            Heltid = parsed.GetValue(heltid),
            HelgefrekvensForAll = every,
            LongShiftsForAll = parsed.GetValue(langvakter),
            MinimumPositionPercent = floor,
            Weights = weights,
            StartPlan = startPlan,
        };
        if (startPlan is not null && StartPlans.Prepare(startPlan, unit, options).Mismatch is { } mismatch)
        {
            error.WriteLine($"turnus plan: --start {parsed.GetValue(start)}: {mismatch}");
            return null;
        }
        var target = new PlanTarget(parsed.GetValue(inProcess), parsed.GetValue(cluster));
        var directory = parsed.GetValue(outDir) ?? Path.Combine(".", $"turnus-{unit.Id}");
        return new PlanRequest(options, target, directory, !parsed.GetValue(noGrid), parsed.GetValue(torn));
    }
}
