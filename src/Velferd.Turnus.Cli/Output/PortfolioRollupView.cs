using Spectre.Console;
using Velferd.Turnus.Grains.Abstractions.Jobs;
using Velferd.Turnus.Grains.Abstractions.Portfolios;

namespace Velferd.Turnus.Cli.Output;

/// <summary>The roll-up management compares: per unit and in total, staff, heltid share, coverage and cost per week and year.</summary>
internal static class PortfolioRollupView
{
    public static void Write(IAnsiConsole console, PortfolioRollup rollup, IReadOnlyList<JobSnapshot> jobs)
    {
        var states = jobs.ToDictionary(job => job.UnitId, job => job);
        var table = new Table().Title("Nøkkeltall og kostnad (siste plan per enhet)")
            .AddColumns("Enhet", "Jobb", "Ansatte", "Heltid", "Årsverk", "Dekning", "Udekket t/uke", "Kostnad/uke", "Brudd");
        foreach (var unit in rollup.Units)
        {
            var state = states.TryGetValue(unit.UnitId, out var job) ? JobText.State(job.State) : "–";
            if (unit.LatestPlan?.Figures is not { } plan)
            {
                table.AddRow(Markup.Escape(unit.Name ?? unit.UnitId), state, "–", "–", "–", "–", "–", "–", "–");
                continue;
            }
            table.AddRow(Markup.Escape(unit.Name ?? unit.UnitId), state, plan.StaffCount.ToString(), Percent(plan.HeltidShare),
                NorwegianFormat.Decimal(plan.FullTimeEquivalents, "0.0"), Percent(plan.CoverageShare), NorwegianFormat.Hours(plan.UncoveredStaffHoursPerWeek),
                Money(plan.CostPerWeek.Total), plan.Breaches.ToString());
        }
        var totals = rollup.Totals;
        table.AddRow($"[bold]Totalt ({totals.UnitsWithPlan} av {totals.Units} med plan)[/]", "", totals.StaffCount.ToString(), Percent(totals.HeltidShare),
            NorwegianFormat.Decimal(totals.FullTimeEquivalents, "0.0"), "", NorwegianFormat.Hours(totals.UncoveredStaffHoursPerWeek),
            $"[bold]{Money(totals.CostPerWeek.Total)}[/]", totals.Breaches.ToString());
        console.Write(table);
        console.MarkupLine($"Kostnad per år: [bold]{Money(totals.CostPerYear)} kr[/] (grunnlønn {Money(totals.CostPerWeek.BasePay * 52)}, " +
                           $"tillegg {Money((totals.CostPerWeek.EveningNightSupplement + totals.CostPerWeek.WeekendSupplement) * 52)}, vikar {Money(totals.CostPerWeek.Vikar * 52)})");
    }

    private static string Percent(double share) => NorwegianFormat.Decimal(share * 100, "0") + " %";

    private static string Money(double kroner) => NorwegianFormat.Decimal(kroner, "#,##0");
}
