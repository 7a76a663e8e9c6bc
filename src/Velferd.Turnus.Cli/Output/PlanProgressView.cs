using Spectre.Console;
using Velferd.Turnus.Solver.Turnus;

namespace Velferd.Turnus.Cli.Output;

/// <summary>
/// Live progress while the solver works: objective, best bound and gap as each better plan arrives.
/// A spinner line on a terminal; one line per improvement (at most one a second) into files, pipes and tests.
/// </summary>
internal sealed class PlanProgressView(IAnsiConsole console, TextWriter writer)
{
    private static readonly TimeSpan LineInterval = TimeSpan.FromSeconds(1);

    public async Task<TurnusResult> RunAsync(Func<Action<TurnusProgress>, Task<TurnusResult>> solve)
    {
        if (ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected)
            return await Live(solve);
        return await Lines(solve);
    }

    private async Task<TurnusResult> Live(Func<Action<TurnusProgress>, Task<TurnusResult>> solve)
    {
        TurnusResult? result = null;
        await console.Status().Spinner(Spinner.Known.Dots).StartAsync("Søker etter første lovlige turnus …", async context =>
        {
            result = await solve(progress => context.Status(Markup.Escape(Describe(progress))));
        });
        if (result!.ImprovingSolutions > 0)
            console.WriteLine($"Ferdig etter {result.WallTime.TotalSeconds:0.0} s: {result.ImprovingSolutions} forbedringer.");
        return result;
    }

    private async Task<TurnusResult> Lines(Func<Action<TurnusProgress>, Task<TurnusResult>> solve)
    {
        var gate = new Lock();
        TimeSpan? lastLine = null;
        TurnusProgress? pending = null;
        var result = await solve(progress =>
        {
            lock (gate)
            {
                if (lastLine is { } last && progress.WallTime - last < LineInterval)
                {
                    pending = progress;
                    return;
                }
                lastLine = progress.WallTime;
                pending = null;
                writer.WriteLine(Describe(progress));
            }
        });
        if (pending is not null)
            writer.WriteLine(Describe(pending));
        return result;
    }

    /// <summary>One progress line; the bound is computed beside the search, so the first plans may come before it.</summary>
    public static string Describe(TurnusProgress progress) =>
        $"[{progress.WallTime.TotalSeconds,6:0.0} s] plan #{progress.SolutionNumber}: mål {NorwegianFormat.Decimal(progress.ObjectiveNok, "#,##0")} kr, " +
        (progress.BoundNok > 0
            ? $"grense {NorwegianFormat.Decimal(progress.BoundNok, "#,##0")} kr, avstand {NorwegianFormat.Decimal(progress.Gap * 100, "0.0")} %"
            : "nedre grense beregnes ennå");
}
