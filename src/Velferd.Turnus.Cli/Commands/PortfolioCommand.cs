using System.CommandLine;
using Spectre.Console;
using Velferd.Turnus.Cli.Output;
using Velferd.Turnus.Cli.Planning;
using Velferd.Turnus.FileFormats.Units;
using Velferd.Turnus.Grains.Abstractions.Jobs;
using Velferd.Turnus.Grains.Abstractions.Portfolios;
using Velferd.Turnus.Grains.Abstractions.Units;

namespace Velferd.Turnus.Cli.Commands;

/// <summary>`turnus portfolio plan <dir>`: plans every unit file of a folder at once, with a progress bar per unit and a roll-up.</summary>
internal static class PortfolioCommand
{
    public static Command Create()
    {
        var portfolio = new TurnusCommand("portfolio", "En kommune eller et distrikt: mange enheter planlagt samtidig.",
            "turnus portfolio plan samples/ --time-limit 30");
        portfolio.Subcommands.Add(Plan());
        return portfolio;
    }

    private static Command Plan()
    {
        var folder = new Argument<string>("mappe") { Description = "Mappe med enhetsfiler (*.json)." };
        var id = new Option<string?>("--portfolio") { Description = "Porteføljens navn (standard: mappens navn)." };
        var timeLimit = new Option<double>("--time-limit", "-t") { Description = "Tidsgrense per enhet i sekunder.", DefaultValueFactory = _ => 60 };
        var weeks = new Option<int?>("--weeks", "-w") { Description = "Turnusens lengde i uker (standard: hver enhets egen)." };
        var cluster = ClusterOption.Create();
        var dataDir = ClusterOption.DataDirectory();
        var command = new TurnusCommand("plan",
            "Planlegger alle enhetene i mappen samtidig (fordelt over klyngens silo-er), viser en fremdriftslinje per enhet og til slutt " +
            "nøkkeltall og kostnad per enhet og totalt. Avslutter med 0 når alle fikk en lovlig plan, 2 ved ugyldige filer, 5 når noen ikke fikk plan.",
            "turnus portfolio plan samples/ --time-limit 30",
            "turnus portfolio plan kommune/enheter --cluster localhost:6379 --portfolio bydel-nord")
        {
            folder, id, timeLimit, weeks, cluster, dataDir,
        };
        command.SetAction(async (parsed, cancellation) =>
        {
            var output = parsed.InvocationConfiguration.Output;
            var error = parsed.InvocationConfiguration.Error;
            var directory = parsed.GetRequiredValue(folder);
            if (ReadUnits(directory, error) is not { } units)
                return ExitCodes.InvalidInput;
            var settings = new PlanSettings { TimeLimitSeconds = parsed.GetValue(timeLimit), Weeks = parsed.GetValue(weeks) };
            var name = parsed.GetValue(id) ?? new DirectoryInfo(directory).Name;
            await using var target = await ClusterTargets.ConnectAsync(parsed.GetValue(cluster), 1, cancellation, slots: Environment.ProcessorCount, dataDirectory: parsed.GetValue(dataDir));
            var grains = target.Client;
            foreach (var (unitId, path, json) in units)
            {
                var defined = await grains.GetGrain<IUnitGrain>(unitId).Define(json, path);
                if (!defined.Accepted)
                {
                    error.WriteLine(string.Join(Environment.NewLine, defined.Errors));
                    return ExitCodes.InvalidInput;
                }
            }
            var portfolio = grains.GetGrain<IPortfolioGrain>(name);
            await portfolio.AddUnits(units.Select(unit => unit.UnitId).ToList());
            var run = await portfolio.PlanAll(settings);
            Terminal.For(output).MarkupLine($"Portefølje [bold]{Markup.Escape(name)}[/]: {run.Jobs.Count} enheter på {Markup.Escape(target.Description)}");
            var finished = await PortfolioProgressView.FollowAsync(grains, run, settings.TimeLimitSeconds, output, cancellation);
            PortfolioRollupView.Write(Terminal.For(output), await portfolio.GetRollup(), finished);
            return finished.All(job => job.State == JobState.Done && job.Outcome?.PlanVersion is not null) ? ExitCodes.Ok : ExitCodes.NoPlanInTime;
        });
        return command;
    }

    /// <summary>Every unit file of the folder, or null after printing every error of every invalid one.</summary>
    private static List<(string UnitId, string Path, string Json)>? ReadUnits(string directory, TextWriter error)
    {
        if (!Directory.Exists(directory))
        {
            error.WriteLine($"{directory}: folder not found (looked in {Path.GetFullPath(directory)})");
            return null;
        }
        var files = Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            error.WriteLine($"{directory}: no unit files (*.json) in the folder");
            return null;
        }
        var units = new List<(string, string, string)>();
        var valid = true;
        foreach (var file in files)
        {
            var read = UnitFileReader.ReadFile(file);
            if (read.Unit is null)
            {
                UnitLoading.PrintIssues(read.Errors, error);
                error.WriteLine(UnitLoading.Summary(file, read));
                valid = false;
                continue;
            }
            units.Add((read.Unit.Id, file, File.ReadAllText(file)));
        }
        var duplicate = units.GroupBy(unit => unit.Item1).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            error.WriteLine($"{duplicate.Skip(1).First().Item2}: $.id = \"{duplicate.Key}\": the same unit id as {duplicate.First().Item2}; every unit needs its own id");
            valid = false;
        }
        return valid ? units : null;
    }
}
