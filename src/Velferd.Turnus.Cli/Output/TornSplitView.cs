using Spectre.Console;
using Spectre.Console.Rendering;
using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Torn;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Solver.Torn;

namespace Velferd.Turnus.Cli.Output;

/// <summary>
/// The terminal report of a unit's TØRN split: how the catalogue meets the vedtak, per task the minutes before and
/// after per profession, hours and mix per competence, nurse hours freed, cost per week, delegation, and the check.
/// </summary>
internal static class TornSplitView
{
    public static void Write(IAnsiConsole console, TaskSplitResult result)
    {
        var unit = result.Input.Unit;
        console.MarkupLine($"[bold]TØRN-fordeling for {Markup.Escape(unit.Name)}[/] ({unit.Kind.Code()})");
        console.WriteLine($"Oppgavekatalog: {TornText.Catalogue(unit)}");
        console.WriteLine($"Løsning: {TornText.Status(result.Status, result.Gap)}, {NorwegianFormat.Decimal(result.WallTime.TotalSeconds, "0.0")} s");
        if (result.Figures is not { } figures)
            return;
        console.WriteLine();
        console.Write(Reconciliation(figures.Reconciliation));
        console.WriteLine();
        console.Write(Tasks(figures));
        console.WriteLine();
        console.Write(Competences(result, figures));
        console.WriteLine();
        WriteKeyLines(console, result, figures);
    }

    private static IRenderable Reconciliation(SplitReconciliation check)
    {
        var grid = new Grid();
        grid.AddColumn(new GridColumn().NoWrap());
        grid.AddColumn(new GridColumn().RightAligned().PadLeft(4));
        grid.AddRow("Bemanningskurven etter vedtak og grunnbemanning", NorwegianFormat.Hours(check.CurveHours));
        grid.AddRow("− tilstedeværelse som ikke fordeles (grunnbemanning, kontinuerlig 1:1/2:1, hvilende)", NorwegianFormat.Hours(check.PresenceHours));
        grid.AddRow("= vedtakslast som oppgavene kan forklare", NorwegianFormat.Hours(check.PoolHours));
        grid.AddRow($"Katalogen forklarer ({TornText.Percent(check.ExplainedShare)})", NorwegianFormat.Hours(check.ExplainedHours));
        grid.AddRow("Ikke forklart av katalogen (blir på vedtakets kompetanse)", NorwegianFormat.Hours(check.UnexplainedHours));
        grid.AddRow("Katalogarbeid utover vedtakene (lagt til før og etter)", NorwegianFormat.Hours(check.BeyondVedtakHours));
        return new Rows(new Markup("[bold]Avstemming, timer per uke[/] (med indirekte tid)"), grid);
    }

    private static Table Tasks(TaskSplitFigures figures)
    {
        var table = new Table { Border = TableBorder.Simple }
            .Title("[bold]Oppgaver[/]: direkte minutter per uke, i dag → etter TØRN (–: har ikke lov)");
        table.AddColumn("oppgave");
        table.AddColumn(new TableColumn("min/uke").RightAligned());
        foreach (var performer in Performers.All)
            table.AddColumn(new TableColumn(performer.Code()).RightAligned());
        foreach (var task in figures.Tasks)
            table.AddRow([Markup.Escape(task.Task.Name), TornText.Minutes(task.WeeklyMinutes), .. Performers.All.Select(performer => TornText.Move(task, performer))]);
        return table;
    }

    private static Table Competences(TaskSplitResult result, TaskSplitFigures figures)
    {
        var table = new Table { Border = TableBorder.Simple }.Title("[bold]Kompetanse[/]: timer per uke i bemanningskurven og andel (kompetansemiks)");
        foreach (var (name, right) in new[] { ("kompetanse", false), ("før", true), ("etter", true), ("endring", true), ("andel før", true), ("andel etter", true), ("ansatte i dag", true) })
            table.AddColumn(right ? new TableColumn(name).RightAligned() : new TableColumn(name));
        var mixBefore = TaskSplitFigures.Mix(figures.HoursBefore);
        var mixAfter = TaskSplitFigures.Mix(figures.HoursAfter);
        foreach (var competence in CompetenceCodes.All.Where(competence => figures.HoursBefore[competence] + figures.HoursAfter[competence] > 0.05))
            table.AddRow(TornText.CompetenceName(competence), NorwegianFormat.Hours(figures.HoursBefore[competence]), NorwegianFormat.Hours(figures.HoursAfter[competence]),
                TornText.Signed(figures.HoursAfter[competence] - figures.HoursBefore[competence]), TornText.Percent(mixBefore[competence]),
                TornText.Percent(mixAfter[competence]), NorwegianFormat.Hours(result.Input.Capacity.StaffHours[competence]));
        table.AddRow("[bold]Sum[/]", NorwegianFormat.Hours(figures.HoursBefore.Values.Sum()), NorwegianFormat.Hours(figures.HoursAfter.Values.Sum()),
            TornText.Signed(figures.HoursAfter.Values.Sum() - figures.HoursBefore.Values.Sum()), "", "", NorwegianFormat.Hours(result.Input.Capacity.StaffHours.Values.Sum()));
        return table;
    }

    private static void WriteKeyLines(IAnsiConsole console, TaskSplitResult result, TaskSplitFigures figures)
    {
        var fullTime = result.Input.Unit.Rules.FullTimeHoursPerWeek;
        console.MarkupLine($"[bold]Sykepleier- og vernepleiertimer frigjort: {NorwegianFormat.Hours(figures.NurseHoursFreed)} t per uke[/] " +
                           $"({TornText.Arsverk(figures.NurseHoursFreed, fullTime)} årsverk): {NorwegianFormat.Hours(figures.NurseHoursBefore)} → {NorwegianFormat.Hours(figures.NurseHoursAfter)} t");
        console.MarkupLine($"[bold]Kostnad per uke: {TornText.Money(figures.CostPerWeekBefore)} kr før, {TornText.Money(figures.CostPerWeekAfter)} kr etter[/], " +
                           $"spart {TornText.Money(figures.CostSavedPerWeek)} kr ({TornText.Money(figures.CostSavedPerWeek * 52)} kr per år)");
        console.WriteLine("  (behovet priset med lønn og sosiale kostnader per kompetanse; timer utover ansatte, ledige stillinger og det som kan rekrutteres, priset som byrå)");
        console.WriteLine($"Delegert legemiddelarbeid (helsefagarbeidere med delegering): {NorwegianFormat.Hours(figures.DelegatedHfaHoursAfter)} t per uke av " +
                          $"{NorwegianFormat.Hours(figures.DelegatedHfaHoursAvailable)} t de har; turnusen planlegger det som HFA-behov.");
        WriteCheck(console, result);
    }

    public static void WriteCheck(IAnsiConsole console, TaskSplitResult result)
    {
        if (result.Breaches.Count == 0)
        {
            var minutes = Enumerable.Range(0, result.Input.Catalogue.Count).Sum(result.Input.WeeklyMinutes);
            console.MarkupLine($"[green]Kontroll: ingen oppgave er gitt til en yrkesgruppe som ikke har lov til den, og alle {TornText.Minutes(minutes)} oppgaveminutter er fordelt (uavhengig kontroll).[/]");
            return;
        }
        foreach (var breach in result.Breaches.Take(20))
            console.MarkupLine($"[red]Brudd:[/] {Markup.Escape(breach)}");
    }
}
