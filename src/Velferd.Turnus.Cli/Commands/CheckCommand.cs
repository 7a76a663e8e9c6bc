using System.CommandLine;
using Spectre.Console;
using Velferd.Turnus.Cli.Output;
using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Kpis;
using Velferd.Turnus.FileFormats.Plans;

namespace Velferd.Turnus.Cli.Commands;

/// <summary>
/// `turnus check unit.json plan.json`: the independent plan checker on any plan (from turnus, another system,
/// or made by hand). Exit 0 when no hard rule is broken, 4 when some are, 2 when a file is invalid.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var unitFile = new Argument<string>("enhetsfil") { Description = "Enhetsfilen (JSON)." };
        var planFile = new Argument<string>("planfil") { Description = "Planen (plan.json, se docs/plan-file.md)." };
        var command = new TurnusCommand("check",
            "Kontrollerer en turnus mot arbeidsmiljøloven, avtalen, stillingsstørrelser og minstebemanning, og måler dekning " +
            "og ønsker. Avslutter med 0 uten brudd og 4 ved brudd på harde regler.",
            "turnus check samples/bofellesskap-solsiden.json turnus-solsiden-bofellesskap/plan.json")
        {
            unitFile, planFile,
        };
        command.SetAction(parsed => Run(parsed.GetRequiredValue(unitFile), parsed.GetRequiredValue(planFile),
            parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string unitPath, string planPath, TextWriter output, TextWriter error)
    {
        if (UnitLoading.Load(unitPath, error) is not { } unit)
            return ExitCodes.InvalidInput;
        var read = PlanFile.ReadFile(planPath, unit);
        UnitLoading.PrintIssues(read.Issues, error);
        if (read.Plan is not { } plan)
        {
            error.WriteLine($"{planPath}: ugyldig plan ({read.Issues.Count} feil)");
            return ExitCodes.InvalidInput;
        }

        var report = PlanChecker.Check(unit, plan);
        var kpis = KpiCalculator.Calculate(unit, plan);
        var console = Terminal.For(output);
        if (report.IsLegal)
            console.MarkupLine($"[green]Ingen brudd på harde regler[/] i {Markup.Escape(planPath)}.");
        else
        {
            console.MarkupLine($"[red bold]{report.Breaches.Count} brudd på harde regler[/] i {Markup.Escape(planPath)}:");
            foreach (var group in report.Breaches.GroupBy(breach => breach.Rule))
            {
                console.MarkupLine($"[bold]{Markup.Escape(RuleInfo.Of(group.Key).Name)}[/] ({Markup.Escape(RuleInfo.Of(group.Key).Reference)}): {group.Count()}");
                foreach (var breach in group)
                    console.WriteLine($"  - {breach}");
            }
        }
        var personal = report.Personal;
        console.WriteLine($"Dekning av behovet: {NorwegianFormat.Decimal(report.Coverage.CoverageShare * 100, "0.0")} % " +
                          $"(udekket {NorwegianFormat.Hours(report.Coverage.UncoveredStaffHours / plan.RotationWeeks)} t/uke) · " +
                          $"ønsker oppfylt {NorwegianFormat.Decimal(personal.WishShareMet * 100, "0")} % · enkeltfridager {personal.IsolatedDaysOff} · " +
                          $"enkeltvakter {personal.IsolatedWorkDays} · raske returer {personal.QuickReturns}");
        console.WriteLine($"Heltidsandel {NorwegianFormat.Decimal(kpis.HeltidShare * 100, "0")} % · snitt stilling {NorwegianFormat.Decimal(kpis.AveragePositionPercent, "0.0")} % · " +
                          $"helgestillinger {kpis.Helgestillinger} · kostnad {NorwegianFormat.Decimal(kpis.CostPerYear.Total, "#,##0")} kr/år");
        return report.IsLegal ? ExitCodes.Ok : ExitCodes.HardBreaches;
    }
}
