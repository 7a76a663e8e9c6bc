using System.CommandLine;
using Spectre.Console;
using Velferd.Turnus.Cli.Output;
using Velferd.Turnus.Cli.Planning;
using Velferd.Turnus.Domain.Kpis;
using Velferd.Turnus.Grains.Abstractions.Jobs;
using Velferd.Turnus.Hosting.Client;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Cli.Commands;

/// <summary>`turnus jobs attach|status <id>`: re-attach to a planning job by id (live progress, then the result), or show it once.</summary>
internal static class JobsCommand
{
    public static Command Create()
    {
        var jobs = new TurnusCommand("jobs", "Planleggingsjobber i den innebygde silo eller i en klynge.",
            "turnus jobs status furulia-psykisk-helse-3f2a9c1d0b7e", "turnus jobs attach furulia-psykisk-helse-3f2a9c1d0b7e --cluster localhost:6379");
        jobs.Subcommands.Add(Attach());
        jobs.Subcommands.Add(Status());
        return jobs;
    }

    private static Command Attach()
    {
        var jobId = new Argument<string>("jobb-id") { Description = "Jobbens id, slik `turnus plan` skrev den." };
        var cluster = ClusterOption.Create();
        var dataDir = ClusterOption.DataDirectory();
        var command = new TurnusCommand("attach",
            "Kobler til en planleggingsjobb igjen (f.eks. etter at klienten ble avbrutt): viser fremdriften live og resultatet når jobben er ferdig. " +
            "En jobb som mistet silo-en sin fortsetter på en levende silo.",
            "turnus jobs attach furulia-psykisk-helse-3f2a9c1d0b7e --cluster localhost:6379")
        {
            jobId, cluster, dataDir,
        };
        command.SetAction(async (parsed, cancellation) =>
        {
            var console = Terminal.For(parsed.InvocationConfiguration.Output);
            await using var target = await ClusterTargets.ConnectAsync(parsed.GetValue(cluster), Environment.ProcessorCount, cancellation, dataDirectory: parsed.GetValue(dataDir));
            var id = parsed.GetRequiredValue(jobId);
            var job = await target.Client.GetGrain<IPlanningJobGrain>(id).GetResult();
            var unit = TurnusResults.ReadUnit(job);
            console.MarkupLine($"Jobb [bold]{Markup.Escape(id)}[/] for {Markup.Escape(unit.Name)} på {Markup.Escape(target.Description)}: {job.Snapshot.State}");
            var progress = new PlanProgressView(console, parsed.InvocationConfiguration.Output);
            var result = await progress.RunAsync(callback => GrainPlanExecution.FollowAsync(target.Client, id, unit, callback, cancellation));
            if (result.Plan is not { } plan)
            {
                console.MarkupLine($"Ingen plan: {result.Status}. {Markup.Escape(result.Explanation?.Summary ?? "")}");
                return result.Status == SolveStatus.Infeasible ? ExitCodes.Infeasible : ExitCodes.NoPlanInTime;
            }
            PlanSummaryView.Write(console, unit, result, KpiCalculator.Calculate(unit, plan));
            return result.Check is { IsLegal: false } ? ExitCodes.HardBreaches : ExitCodes.Ok;
        });
        return command;
    }

    private static Command Status()
    {
        var jobId = new Argument<string>("jobb-id") { Description = "Jobbens id." };
        var cluster = ClusterOption.Create();
        var dataDir = ClusterOption.DataDirectory();
        var command = new TurnusCommand("status", "Viser en planleggingsjobb slik den er nå.",
            "turnus jobs status furulia-psykisk-helse-3f2a9c1d0b7e")
        {
            jobId, cluster, dataDir,
        };
        command.SetAction(async (parsed, cancellation) =>
        {
            await using var target = await ClusterTargets.ConnectAsync(parsed.GetValue(cluster), Environment.ProcessorCount, cancellation, dataDirectory: parsed.GetValue(dataDir));
            var snapshot = await target.Client.GetGrain<IPlanningJobGrain>(parsed.GetRequiredValue(jobId)).GetStatus();
            parsed.InvocationConfiguration.Output.WriteLine(JobText.Describe(snapshot));
            return ExitCodes.Ok;
        });
        return command;
    }
}
