using Spectre.Console;
using Velferd.Turnus.Cli.Commands;
using Velferd.Turnus.Cli.Output;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Kpis;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Solver.Modelling;
using Velferd.Turnus.Solver.Turnus;

namespace Velferd.Turnus.Cli.Planning;

/// <summary>One `turnus plan` run: solve with live progress, then report, write the outputs and choose the exit code.</summary>
internal static class PlanRun
{
    public static async Task<int> RunAsync(LoadedUnit loaded, PlanRequest request, IPlanExecution execution, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        var console = Terminal.For(output);
        var unit = loaded.Unit;
        console.MarkupLine($"Planlegger [bold]{Markup.Escape(unit.Name)}[/] ({unit.Kind.Code()}): {request.Options.Weeks ?? unit.RotationWeeks} uker, " +
                           $"{unit.Employees.Count} ansatte, {unit.Vacancies.Count} ledige stillinger, tidsgrense {request.Options.TimeLimit.TotalSeconds:0} s");
        var progress = new PlanProgressView(console, output);
        var result = await progress.RunAsync(callback => execution.ExecuteAsync(unit, loaded.Json, request.Options, callback, cancellation));

        if (result.Plan is not { } plan)
            return NoPlan(console, result);

        var demand = DemandEngine.Build(unit);
        var kpis = KpiCalculator.Calculate(unit, plan, demand);
        PlanSummaryView.Write(console, unit, result, kpis);
        if (request.ShowGrid)
            RosterGridView.Write(console, unit, plan);
        var files = PlanOutputs.Write(request.OutputDirectory, unit, plan, result, kpis, demand);
        console.MarkupLine($"Skrev {string.Join(", ", files.Select(file => Markup.Escape(file)))}");
        if (result.Check is { IsLegal: false } check)
        {
            error.WriteLine($"turnus plan: planen bryter {check.Breaches.Count} harde regler (se rapporten); dette er en feil i løseren.");
            return ExitCodes.HardBreaches;
        }
        return ExitCodes.Ok;
    }

    private static int NoPlan(IAnsiConsole console, TurnusResult result)
    {
        if (result.Status == SolveStatus.Infeasible)
        {
            console.MarkupLine("[red bold]Ingen turnus er mulig med disse reglene.[/]");
            console.WriteLine(result.Explanation?.Summary ?? "Løseren beviste at reglene ikke kan holdes samtidig, men fant ingen forklaring innen tidsgrensen.");
            if (result.Explanation is { IsMinimal: false })
                console.WriteLine("(Listen er kanskje ikke minimal: tidsgrensen for forklaringen ble nådd.)");
            return ExitCodes.Infeasible;
        }
        console.MarkupLine($"[yellow bold]Fant ingen turnus innen tidsgrensen ({result.WallTime.TotalSeconds:0} s).[/] Prøv lengre --time-limit.");
        return ExitCodes.NoPlanInTime;
    }
}
