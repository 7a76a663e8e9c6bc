using Spectre.Console;
using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Rules;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Torn.Districts;
using Velferd.Turnus.Solver.Torn.Districts;

namespace Velferd.Turnus.Cli.Output;

/// <summary>
/// The terminal report of a district sharing a fagteam: per unit the nurse hours after the vedtak, after its own
/// TØRN split and with the fagteam, the fagteam's hours, cost per week alone and shared, the fagteam's week, the check.
/// </summary>
internal static class TornDistrictView
{
    public static void Write(IAnsiConsole console, DistrictResult result, District district)
    {
        var fagteam = district.Fagteam;
        console.MarkupLine($"[bold]TØRN for {Markup.Escape(district.Name)}[/]: {district.Units.Count} enheter deler {Markup.Escape(fagteam.Name)} " +
                           $"({fagteam.Competence.Code()}, {fagteam.Positions} stillinger, høyst {fagteam.MaxOnDuty} ute samtidig" +
                           (fagteam.BaseUnitId is { } home ? $", base {home})" : ")"));
        console.WriteLine($"Løsning: {TornText.Status(result.Status, result.Gap)}, {NorwegianFormat.Decimal(result.WallTime.TotalSeconds, "0.0")} s");
        if (result.Figures is not { } figures || result.Split is not { } split)
            return;
        console.WriteLine();
        console.Write(UnitTable(figures));
        console.WriteLine();
        var fullTime = RuleSet.Default.FullTimeHoursPerWeek;
        console.MarkupLine($"[bold]Med fagteam: {NorwegianFormat.Hours(figures.NurseHoursShared)} sykepleier- og vernepleiertimer per uke[/] mot " +
                           $"{NorwegianFormat.Hours(figures.NurseHoursAlone)} når enhetene står alene med sin egen TØRN-fordeling: " +
                           $"{NorwegianFormat.Hours(figures.NurseHoursSaved)} t færre ({TornText.Arsverk(figures.NurseHoursSaved, fullTime)} årsverk).");
        console.MarkupLine($"[bold]Kostnad per uke: {TornText.Money(figures.CostAlonePerWeek)} kr alene, {TornText.Money(figures.CostSharedPerWeek)} kr med fagteam[/], " +
                           $"spart {TornText.Money(figures.CostAlonePerWeek - figures.CostSharedPerWeek)} kr ({TornText.Money((figures.CostAlonePerWeek - figures.CostSharedPerWeek) * 52)} kr per år).");
        console.WriteLine($"Fagteamet: {NorwegianFormat.Hours(figures.FagteamHours)} t på vakt per uke, {NorwegianFormat.Hours(figures.FagteamHoursAtUnits)} t hos enhetene, " +
                          $"{NorwegianFormat.Hours(figures.FagteamTravelHours)} t reise og tilgjengelig mellom besøk.");
        console.WriteLine();
        console.Write(WeekTable(district, split));
        WriteCheck(console, result);
    }

    private static Table UnitTable(DistrictFigures figures)
    {
        var table = new Table { Border = TableBorder.Simple }.Title("[bold]Sykepleier- og vernepleiertimer per uke[/], og kostnad per uke");
        table.AddColumn("enhet");
        foreach (var name in new[] { "etter vedtak", "TØRN alene", "med fagteam", "fagteamet der", "fagteamets oppgaver", "kostnad alene", "kostnad med fagteam" })
            table.AddColumn(new TableColumn(name).RightAligned());
        foreach (var unit in figures.Units)
            table.AddRow(Markup.Escape(unit.Name), NorwegianFormat.Hours(unit.NurseHoursVedtak), NorwegianFormat.Hours(unit.NurseHoursAlone),
                NorwegianFormat.Hours(unit.NurseHoursShared), NorwegianFormat.Hours(unit.FagteamHoursThere), NorwegianFormat.Hours(unit.FagteamTaskHours),
                TornText.Money(unit.CostAlonePerWeek), TornText.Money(unit.CostSharedPerWeek));
        table.AddRow("Fagteamet (på vakt)", "", "", figures.FagteamIsNurses ? NorwegianFormat.Hours(figures.FagteamHours) : "", "", "", "", TornText.Money(figures.FagteamCostPerWeek));
        table.AddRow("[bold]Sum[/]", NorwegianFormat.Hours(figures.NurseHoursVedtak), NorwegianFormat.Hours(figures.NurseHoursAlone),
            NorwegianFormat.Hours(figures.NurseHoursShared), NorwegianFormat.Hours(figures.FagteamHoursAtUnits), NorwegianFormat.Hours(figures.Units.Sum(unit => unit.FagteamTaskHours)),
            TornText.Money(figures.CostAlonePerWeek), TornText.Money(figures.CostSharedPerWeek));
        return table;
    }

    private static Table WeekTable(District district, DistrictSplit split)
    {
        var table = new Table { Border = TableBorder.Simple }.Title("[bold]Fagteamets uke[/]: vakter og besøk (mellom besøkene: reise eller tilgjengelig)");
        table.AddColumn("dag").AddColumn("medlem").AddColumn("vakt").AddColumn("besøk");
        foreach (var row in FagteamDay.Of(district, split.Schedule))
            table.AddRow(row.Day.NorwegianShortName(), row.Member.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Shift,
                row.Visits.Count == 0 ? "[grey]tilgjengelig, ingen besøk[/]" : Markup.Escape(string.Join(", ", row.Visits)));
        return table;
    }

    private static void WriteCheck(IAnsiConsole console, DistrictResult result)
    {
        if (result.Breaches.Count == 0)
        {
            console.MarkupLine("[green]Kontroll: fagteamet er aldri i to enheter samtidig, har alltid reisetid mellom enhetene og fra basen, går hele vakter innen " +
                               "sin størrelse, og alle oppgaveminutter er fordelt én gang (uavhengig kontroll).[/]");
            return;
        }
        foreach (var breach in result.Breaches.Take(20))
            console.MarkupLine($"[red]Brudd:[/] {Markup.Escape(breach)}");
    }
}
