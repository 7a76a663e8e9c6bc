using System.CommandLine;
using Velferd.Turnus.Cli.Output;
using Velferd.Turnus.Cli.Planning;
using Velferd.Turnus.Solver.Turnus;

namespace Velferd.Turnus.Cli.Commands;

/// <summary>
/// `turnus plan unit.json`: the main job. Solves the turnus with live progress, prints a summary and the
/// roster grid, and writes plan.json, plan.csv and report.html.
/// </summary>
internal static class PlanCommand
{
    public static Command Create(Func<PlanTarget, IPlanExecution>? executionFor = null)
    {
        var unitFile = new Argument<string>("enhetsfil") { Description = "Enhetsfilen (JSON, se docs/unit-file.md)." };
        var settings = new PlanCommandOptions();
        var command = new TurnusCommand("plan",
            "Lager en turnus for enheten: dekker behovet fra vedtakene til lavest mulig kostnad innenfor arbeidsmiljøloven og " +
            "tariffavtalen, viser fremdrift underveis, og skriver plan.json, plan.csv og report.html. Avslutter med 0 når en lovlig " +
            "plan er skrevet, 2 ved ugyldig inndata, 3 når reglene ikke kan holdes (med forklaring), 5 når tiden gikk ut uten plan.",
            "turnus plan samples/bofellesskap-solsiden.json",
            "turnus plan samples/sykehjem-avdeling-20.json --weeks 6 --time-limit 60 --out ut/sykehjem",
            "turnus plan samples/bofellesskap-solsiden.json --heltid --helgefrekvens 2 --langvakter")
        {
            unitFile,
        };
        settings.AddTo(command);
        command.SetAction(async (parsed, cancellation) =>
        {
            var output = parsed.InvocationConfiguration.Output;
            var error = parsed.InvocationConfiguration.Error;
            if (UnitLoading.LoadWithText(parsed.GetRequiredValue(unitFile), error) is not { } loaded)
                return ExitCodes.InvalidInput;
            if (settings.Read(parsed, loaded.Unit, error) is not { } request)
                return ExitCodes.InvalidInput;
            var execution = (executionFor ?? DefaultExecution)(request.Target);
            return await PlanRun.RunAsync(loaded, request, execution, output, error, cancellation);
        });
        return command;
    }

    /// <summary>The embedded silo unless --in-process; with --cluster, a client of the running cluster.</summary>
    private static IPlanExecution DefaultExecution(PlanTarget target) =>
        target.InProcess ? new InProcessPlanExecution() : new GrainPlanExecution(target.ClusterConnection, Console.Error);
}
