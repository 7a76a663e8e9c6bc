using Spectre.Console;
using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Kpis;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Solver.Turnus;

namespace Velferd.Turnus.Cli.Output;

/// <summary>The terminal summary of a plan: how the solve went, the checker's verdict, key figures and cost.</summary>
internal static class PlanSummaryView
{
    public static void Write(IAnsiConsole console, Unit unit, TurnusResult result, PlanKpis kpis)
    {
        console.WriteLine();
        console.Write(SolveTable(result));
        console.WriteLine();
        WriteCheck(console, result);
        console.WriteLine();
        console.Write(KpiTable(kpis));
        console.WriteLine();
        console.Write(CostTable(kpis));
    }

    private static Table SolveTable(TurnusResult result)
    {
        var table = new Table { Border = TableBorder.Rounded }.Title("[bold]Løsning[/]").AddColumn("").AddColumn(new TableColumn("").RightAligned());
        table.ShowHeaders = false;
        table.AddRow("Status", SolveText.Status(result.Status));
        table.AddRow("Målfunksjon (variable kostnader og straff per turnus)", $"{Money(result.ObjectiveNok ?? 0)} kr");
        table.AddRow("Beste nedre grense", $"{Money(result.BoundNok)} kr");
        table.AddRow("Avstand til grensen (gap)", result.Gap is { } gap ? $"{NorwegianFormat.Decimal(gap * 100, "0.00")} %" : "–");
        table.AddRow("Tid brukt", $"{NorwegianFormat.Decimal(result.WallTime.TotalSeconds, "0.0")} s");
        table.AddRow("Tid til første lovlige plan", result.TimeToFirstSolution is { } first ? $"{NorwegianFormat.Decimal(first.TotalSeconds, "0.0")} s" : "–");
        table.AddRow("Forbedrede planer underveis", result.ImprovingSolutions.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Modell", $"{result.Size.People} personer × {result.Size.Days} dager × {result.Size.Shifts} vakter, {result.Size.Variables} variabler");
        return table;
    }

    private static void WriteCheck(IAnsiConsole console, TurnusResult result)
    {
        if (result.Check is not { } check)
            return;
        if (check.IsLegal)
            console.MarkupLine("[green]Kontroll: ingen brudd på arbeidsmiljøloven, avtalen eller minstebemanningen (uavhengig kontroll).[/]");
        else
            foreach (var breach in check.Breaches.Take(20))
                console.MarkupLine($"[red]Brudd:[/] {Markup.Escape(breach.ToString())}");
        var personal = check.Personal;
        console.WriteLine($"Ønsker oppfylt: {NorwegianFormat.Decimal(personal.WishShareMet * 100, "0")} % ({personal.WishDaysMet} av {personal.WishDays} dager) · " +
                          $"enkeltfridager: {personal.IsolatedDaysOff} · enkeltvakter: {personal.IsolatedWorkDays} · raske returer: {personal.QuickReturns}");
    }

    private static Table KpiTable(PlanKpis kpis)
    {
        var table = new Table { Border = TableBorder.Rounded }.Title("[bold]Nøkkeltall[/]").AddColumn("").AddColumn(new TableColumn("").RightAligned());
        table.ShowHeaders = false;
        table.AddRow("Ansatte i planen / årsverk", $"{kpis.StaffCount} / {NorwegianFormat.Decimal(kpis.FullTimeEquivalents, "0.0")}");
        table.AddRow("Heltidsandel (100 % stilling)", $"{NorwegianFormat.Decimal(kpis.HeltidShare * 100, "0")} % ({kpis.FullTimeCount} personer)");
        table.AddRow("Gjennomsnittlig stillingsstørrelse", $"{NorwegianFormat.Decimal(kpis.AveragePositionPercent, "0.0")} %");
        table.AddRow("Helgestillinger", kpis.Helgestillinger.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Ønsker større stilling (uønsket deltid)", kpis.UnwantedPartTimeCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Helgetimer per person og uke", NorwegianFormat.Hours(kpis.WeekendHoursPerPersonPerWeek));
        table.AddRow("Dekning av behovet", $"{NorwegianFormat.Decimal(kpis.CoverageShare * 100, "0.0")} %");
        var uncovered = string.Join(", ", kpis.UncoveredHoursPerWeekByCompetence.Where(pair => pair.Value > 0.05)
            .Select(pair => $"{pair.Key.Code()} {NorwegianFormat.Hours(pair.Value)}"));
        table.AddRow("Udekkede timer per uke", $"{NorwegianFormat.Hours(kpis.UncoveredStaffHoursPerWeek)}{(uncovered.Length > 0 ? $" ({uncovered})" : "")}");
        return table;
    }

    private static Table CostTable(PlanKpis kpis)
    {
        var table = new Table { Border = TableBorder.Rounded }
            .Title($"[bold]Kostnad[/] (kostnadsprofil {Markup.Escape(kpis.CostProfileId)}, {kpis.CostProfileYear})")
            .AddColumn("").AddColumn(new TableColumn("per uke").RightAligned()).AddColumn(new TableColumn("per år").RightAligned());
        void Row(string name, double week) => table.AddRow(name, Money(week), Money(week * 52));
        var cost = kpis.CostPerWeek;
        Row("Grunnlønn med sosiale kostnader", cost.BasePay);
        Row("Kvelds- og nattillegg", cost.EveningNightSupplement);
        Row("Helgetillegg", cost.WeekendSupplement);
        Row("Vikar for udekkede timer", cost.Vikar);
        Row("Overtid", cost.Overtime);
        table.AddRow("[bold]Sum[/]", $"[bold]{Money(cost.Total)}[/]", $"[bold]{Money(cost.Total * 52)}[/]");
        var alternatives = kpis.UncoveredCostAlternativesPerWeek;
        table.Caption($"Udekkede timer dekket med overtid i stedet: {Money(alternatives.Overtime)} kr/uke; med byrå: {Money(alternatives.Agency)} kr/uke");
        return table;
    }

    private static string Money(double kroner) => NorwegianFormat.Decimal(kroner, "#,##0");
}
