using Spectre.Console;
using Velferd.Turnus.Grains.Abstractions.Jobs;
using Velferd.Turnus.Grains.Abstractions.Portfolios;
using Velferd.Turnus.Hosting.Client;

namespace Velferd.Turnus.Cli.Output;

/// <summary>
/// Follows every job of a portfolio run at once: a progress bar per unit on a terminal (solver time of the time
/// limit, with state and gap), one line per finished unit into files, pipes and tests.
/// </summary>
internal static class PortfolioProgressView
{
    public static async Task<IReadOnlyList<JobSnapshot>> FollowAsync(
        IGrainFactory grains, PortfolioRun run, double timeLimitSeconds, TextWriter writer, CancellationToken cancellation)
    {
        var jobs = run.Jobs.Where(job => job.JobId is not null).ToList();
        foreach (var job in run.Jobs.Where(job => job.JobId is null))
            writer.WriteLine($"{job.UnitId}: ikke startet: {job.Error}");
        if (!ReferenceEquals(writer, Console.Out) || Console.IsOutputRedirected)
        {
            var gate = new Lock();
            return await Task.WhenAll(jobs.Select(async job =>
            {
                var finished = (await JobFollower.FollowAsync(grains, job.JobId!, null, cancellation)).Snapshot;
                lock (gate)
                    writer.WriteLine(JobText.Describe(finished));
                return finished;
            }));
        }
        var console = Terminal.For(writer);
        IReadOnlyList<JobSnapshot> results = [];
        await console.Progress()
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                results = await Task.WhenAll(jobs.Select(async job =>
                {
                    var bar = context.AddTask(Markup.Escape(job.UnitId), maxValue: Math.Max(1, timeLimitSeconds));
                    var finished = (await JobFollower.FollowAsync(grains, job.JobId!, update =>
                    {
                        bar.Description = Markup.Escape(Line(job.UnitId, update.Snapshot));
                        bar.Value = Math.Min(bar.MaxValue, update.Snapshot.SolverTime.TotalSeconds);
                    }, cancellation)).Snapshot;
                    bar.Description = Markup.Escape(Line(job.UnitId, finished));
                    bar.Value = bar.MaxValue;
                    bar.StopTask();
                    return finished;
                }));
            });
        return results;
    }

    private static string Line(string unitId, JobSnapshot job) =>
        $"{unitId,-28} {JobText.State(job.State),-8}" +
        (job.ObjectiveNok is null ? "" : $" {JobText.Gap(job)}");
}
