using Spectre.Console;
using Spectre.Console.Rendering;
using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Cli.Output;

/// <summary>
/// The demand for people: per competence an hour × weekday grid of desired staff (one decimal) with the
/// required minimum as [n], a grid of sleeping presence where there is any; then the reconciliation and today's staff.
/// </summary>
internal static class DemandTableView
{
    public static void Write(IAnsiConsole console, Unit unit, StaffingCurve curve, IReadOnlyList<Competence> competences)
    {
        console.MarkupLine($"[bold]{Markup.Escape(unit.Name)}[/] ({unit.Kind.Code()}): bemanningsbehov per time, alle ukedager");
        console.MarkupLine("Tall: ønsket antall våkne ansatte, snitt av timens kvarter (vedtak ÷ direkte tid + grunnbemanning).");
        console.MarkupLine("[[n]]: påkrevd minimum, høyeste i timen (grunnbemanning, kontinuerlig 1:1/2:1).  ·: ingen.");
        console.MarkupLine("Hvilende nattevakt (sover på stedet) vises i egen tabell under kompetansen.");
        foreach (var competence in competences)
        {
            console.WriteLine();
            console.Write(Grid(curve, competence));
            if (curve.SleepingStaffHoursPerWeek(competence) > 0)
            {
                console.WriteLine();
                console.Write(SleepingGrid(curve, competence));
            }
        }
        console.WriteLine();
        console.Write(ReconciliationTable(DemandReconciliation.Of(curve)));
        console.WriteLine();
        console.Write(StaffTable(unit, curve));
    }

    private static Table Grid(StaffingCurve curve, Competence competence)
    {
        var coveredBy = string.Join(", ", CompetenceCodes.All.Where(staff => CompetenceCoverage.CanCover(staff, competence)).Select(staff => staff.Code()));
        var awake = curve.DesiredStaffHoursPerWeek(competence);
        var sleeping = curve.SleepingStaffHoursPerWeek(competence);
        var table = new Table { Border = TableBorder.Simple }
            .Title($"[bold]{competence.Code()} {competence.NorwegianName()}[/] (kan dekkes av {coveredBy})")
            .Caption($"{NorwegianFormat.Hours(awake)} t/uke våken" + (sleeping > 0 ? $" + {NorwegianFormat.Hours(sleeping)} t/uke hvilende" : ""));
        table.AddColumn(new TableColumn("kl.").RightAligned());
        foreach (var day in WeekdayNames.All)
            table.AddColumn(new TableColumn(day.NorwegianShortName()).RightAligned());

        for (var hour = 0; hour < 24; hour++)
            table.AddRow(WeekdayNames.All.Select(day => Cell(curve, day, hour, competence)).Prepend($"{hour:00}").ToArray());

        table.AddEmptyRow();
        table.AddRow(WeekdayNames.All.Select(day => NorwegianFormat.Hours(DayHours(curve, day, competence))).Prepend("t/døgn").ToArray());
        return table;
    }

    /// <summary>Hours with sleeping presence only, so the night reads as staffed without widening the main grid.</summary>
    private static Table SleepingGrid(StaffingCurve curve, Competence competence)
    {
        var table = new Table { Border = TableBorder.Simple }
            .Title($"[bold]{competence.Code()} hvilende nattevakt[/]: antall til stede (sover på stedet)");
        table.AddColumn(new TableColumn("kl.").RightAligned());
        foreach (var day in WeekdayNames.All)
            table.AddColumn(new TableColumn(day.NorwegianShortName()).RightAligned());
        foreach (var hour in Enumerable.Range(0, 24).Where(hour => WeekdayNames.All.Any(day => curve.HourlySleeping(day, hour, competence) > 0)))
        {
            table.AddRow(WeekdayNames.All.Select(day => curve.HourlySleeping(day, hour, competence) is var count and > 0 ? $"[blue]{count}[/]" : "[grey]·[/]")
                .Prepend($"{hour:00}").ToArray());
        }
        return table;
    }

    /// <summary>"2,6 [1]": desired staff with the required minimum when there is one; "·" when nobody is needed.</summary>
    internal static string Cell(StaffingCurve curve, Weekday day, int hour, Competence competence)
    {
        var desired = curve.HourlyDesired(day, hour, competence);
        var required = curve.HourlyRequired(day, hour, competence);
        if (required > 0)
            return $"[bold]{NorwegianFormat.Decimal(desired, "0.0")}[/] [yellow][[{required}]][/]";
        return desired < 0.05 ? "[grey]·[/]" : NorwegianFormat.Decimal(desired, "0.0");
    }

    private static double DayHours(StaffingCurve curve, Weekday day, Competence competence) =>
        Enumerable.Range(0, SlotGrid.SlotsPerDay).Sum(slot =>
        {
            var weekSlot = SlotGrid.WeekSlot(day, slot);
            return curve.Desired(weekSlot, competence) + curve.Sleeping(weekSlot, competence);
        }) * SlotGrid.SlotHours;

    /// <summary>A title over label–figure rows, figures right-aligned.</summary>
    private static (IRenderable View, Grid Rows) Figures(string title)
    {
        var grid = new Grid();
        grid.AddColumn(new GridColumn().NoWrap());
        grid.AddColumn(new GridColumn().RightAligned().PadLeft(4));
        return (new Rows(new Markup($"[bold]{title}[/]"), grid), grid);
    }

    private static IRenderable ReconciliationTable(DemandReconciliation check)
    {
        var (view, table) = Figures("Avstemming, timer per uke (hele enheten)");
        table.AddRow("Vedtakstimer, våken tid", NorwegianFormat.Hours(check.VedtakAwakeHours));
        table.AddRow($"÷ andel direkte brukertid {NorwegianFormat.Decimal(check.DirectTimeShare, "0.00")}", NorwegianFormat.Hours(check.VedtakWithIndirectTimeHours));
        table.AddRow("+ grunnbemanning, våken", NorwegianFormat.Hours(check.BaseAwakeHours));
        table.AddRow("+ hvilende tilstedeværelse", NorwegianFormat.Hours(check.SleepingHours));
        table.AddRow("[bold]= sum etter vedtak og grunnbemanning[/]", $"[bold]{NorwegianFormat.Hours(check.ExpectedTotalHours)}[/]");
        table.AddRow("[bold]Kurvens sum[/]", $"[bold]{NorwegianFormat.Hours(check.CurveTotalHours)}[/]");
        table.AddRow("Kontroll", check.Matches ? "[green]stemmer[/]" : "[red]AVVIK[/]");
        if (check.VedtakSleepingHours > 0)
            table.AddRow("(vedtakstimer som hvilende natt, dekket av hvilende tilstedeværelse)", NorwegianFormat.Hours(check.VedtakSleepingHours));
        return view;
    }

    private static IRenderable StaffTable(Unit unit, StaffingCurve curve)
    {
        var awake = CompetenceCodes.All.Sum(curve.DesiredStaffHoursPerWeek);
        var sleeping = CompetenceCodes.All.Sum(curve.SleepingStaffHoursPerWeek);
        var staff = StaffSummary.Of(unit, awake, sleeping);
        var fullTime = unit.Rules.FullTimeHoursPerWeek;
        var (view, table) = Figures("Behov mot ansatte i dag, timer per uke");
        table.AddRow($"Behov som arbeidstid (våken + hvilende × {NorwegianFormat.Decimal(unit.Rules.SleepingNightCountFactor, "0.##")})",
            NorwegianFormat.Hours(staff.DemandAsWorkingHours));
        table.AddRow($"Ansatte: {staff.Employees}, sum {NorwegianFormat.Decimal(staff.StillingsprosentSum, "#,##0.#")} % " +
                     $"(snitt {NorwegianFormat.Decimal(staff.AverageStillingsprosent, "0.0")} %) × {NorwegianFormat.Decimal(fullTime, "0.0")} t",
            NorwegianFormat.Hours(staff.StaffHoursPerWeek));
        var gapLabel = staff.GapHoursPerWeek >= 0 ? "Udekket (ledige stillinger, vikar, overtid)" : "Overskudd";
        table.AddRow($"{gapLabel} ≈ {NorwegianFormat.Decimal(Math.Abs(staff.GapHoursPerWeek) / fullTime, "0.0")} årsverk",
            NorwegianFormat.Hours(Math.Abs(staff.GapHoursPerWeek)));
        if (staff.Vacancies > 0)
            table.AddRow($"Ledige stillinger: {staff.Vacancies}, til sammen inntil", NorwegianFormat.Hours(staff.VacancyMaxHoursPerWeek));
        return view;
    }
}
