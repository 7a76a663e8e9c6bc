using System.Text;
using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Kpis;
using Velferd.Turnus.Solver.Turnus;

namespace Velferd.Turnus.Cli.Output.Html;

/// <summary>Key figures as cards, and the cost split per week and year.</summary>
internal static class KpiSection
{
    public static void Append(StringBuilder html, TurnusResult result, PlanKpis kpis)
    {
        html.Append("<h2>Nøkkeltall</h2><div class=\"cards\">");
        Card(html, "Heltidsandel", HtmlText.Percent(kpis.HeltidShare));
        Card(html, "Snitt stillingsstørrelse", NorwegianFormat.Decimal(kpis.AveragePositionPercent, "0.0") + " %");
        Card(html, "Årsverk", NorwegianFormat.Decimal(kpis.FullTimeEquivalents, "0.0"));
        Card(html, "Helgestillinger", kpis.Helgestillinger.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Card(html, "Dekning av behovet", HtmlText.Percent(kpis.CoverageShare));
        Card(html, "Udekket per uke", NorwegianFormat.Hours(kpis.UncoveredStaffHoursPerWeek) + " t");
        Card(html, "Kostnad per år", HtmlText.Money(kpis.CostPerYear.Total) + " kr");
        Card(html, "Gap til nedre grense", result.Gap is { } gap ? HtmlText.Percent(gap) : "–");
        html.Append("</div>");

        html.Append($"<h2>Kostnad</h2><p class=\"meta\">Kostnadsprofil {HtmlText.Encode(kpis.CostProfileId)} ({kpis.CostProfileYear}).</p>");
        html.Append("<table><tr><th class=\"name\"></th><th class=\"num\">per uke</th><th class=\"num\">per år</th></tr>");
        var cost = kpis.CostPerWeek;
        Row(html, "Grunnlønn med sosiale kostnader", cost.BasePay);
        Row(html, "Kvelds- og nattillegg", cost.EveningNightSupplement);
        Row(html, "Helgetillegg", cost.WeekendSupplement);
        Row(html, "Vikar for udekkede timer", cost.Vikar);
        Row(html, "Overtid", cost.Overtime);
        Row(html, "<b>Sum</b>", cost.Total);
        html.Append("</table>");
        var alternatives = kpis.UncoveredCostAlternativesPerWeek;
        html.Append($"<p>Udekkede timer ({HtmlText.Encode(string.Join(", ", kpis.UncoveredHoursPerWeekByCompetence.Where(pair => pair.Value > 0.05).Select(pair => $"{pair.Key.Code()} {NorwegianFormat.Hours(pair.Value)} t")))}) " +
                    $"koster per uke {HtmlText.Money(alternatives.Vikar)} kr med vikar, {HtmlText.Money(alternatives.Overtime)} kr med overtid, {HtmlText.Money(alternatives.Agency)} kr med byrå.</p>");
    }

    private static void Card(StringBuilder html, string label, string value) =>
        html.Append($"<div class=\"card\">{HtmlText.Encode(label)}<b>{HtmlText.Encode(value)}</b></div>");

    private static void Row(StringBuilder html, string label, double perWeek) =>
        html.Append($"<tr><td class=\"name\">{label}</td><td class=\"num\">{HtmlText.Money(perWeek)}</td><td class=\"num\">{HtmlText.Money(perWeek * 52)}</td></tr>");
}
