using System.Text;
using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Rules;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Torn.Districts;
using Velferd.Turnus.Solver.Torn.Districts;

namespace Velferd.Turnus.Cli.Output.Html;

/// <summary>A district sharing a fagteam in the HTML report: nurse hours alone and shared per unit, cost, the fagteam's week.</summary>
internal static class DistrictSection
{
    public static void Append(StringBuilder html, DistrictResult result, District district)
    {
        var fagteam = district.Fagteam;
        html.Append($"<h2>Fagteam på tvers av enhetene</h2><p class=\"meta\">{HtmlText.Encode(fagteam.Name)}: {fagteam.Competence.Code()}, {fagteam.Positions} stillinger, " +
                    $"høyst {fagteam.MaxOnDuty} ute samtidig{(fagteam.BaseUnitId is { } home ? $", base {HtmlText.Encode(home)}" : "")}. " +
                    $"Løsning: {HtmlText.Encode(TornText.Status(result.Status, result.Gap))}.</p>");
        if (result.Figures is not { } figures || result.Split is not { } split)
            return;
        var fullTime = RuleSet.Default.FullTimeHoursPerWeek;
        html.Append("<div class=\"cards\">");
        Card(html, "Sykepleiertimer per uke, enhetene alene", NorwegianFormat.Hours(figures.NurseHoursAlone) + " t");
        Card(html, "Sykepleiertimer per uke, med fagteam", NorwegianFormat.Hours(figures.NurseHoursShared) + " t");
        Card(html, "Færre sykepleiertimer", $"{NorwegianFormat.Hours(figures.NurseHoursSaved)} t ({TornText.Arsverk(figures.NurseHoursSaved, fullTime)} årsverk)");
        Card(html, "Kostnad per uke alene", TornText.Money(figures.CostAlonePerWeek) + " kr");
        Card(html, "Kostnad per uke med fagteam", TornText.Money(figures.CostSharedPerWeek) + " kr");
        Card(html, "Fagteamet på vakt / hos enhetene", $"{NorwegianFormat.Hours(figures.FagteamHours)} / {NorwegianFormat.Hours(figures.FagteamHoursAtUnits)} t");
        html.Append("</div>");
        html.Append("<h3>Sykepleier- og vernepleiertimer per uke</h3><table><tr><th class=\"name\">enhet</th><th class=\"num\">etter vedtak</th><th class=\"num\">TØRN alene</th>" +
                    "<th class=\"num\">med fagteam</th><th class=\"num\">fagteamet der</th><th class=\"num\">fagteamets oppgaver</th><th class=\"num\">kostnad alene</th><th class=\"num\">kostnad med fagteam</th></tr>");
        foreach (var unit in figures.Units)
            html.Append($"<tr><td class=\"name\">{HtmlText.Encode(unit.Name)}</td>{Num(unit.NurseHoursVedtak)}{Num(unit.NurseHoursAlone)}{Num(unit.NurseHoursShared)}" +
                        $"{Num(unit.FagteamHoursThere)}{Num(unit.FagteamTaskHours)}<td class=\"num\">{TornText.Money(unit.CostAlonePerWeek)}</td><td class=\"num\">{TornText.Money(unit.CostSharedPerWeek)}</td></tr>");
        html.Append($"<tr><td class=\"name\">Fagteamet (på vakt)</td><td></td><td></td>{(figures.FagteamIsNurses ? Num(figures.FagteamHours) : "<td></td>")}<td></td><td></td><td></td>" +
                    $"<td class=\"num\">{TornText.Money(figures.FagteamCostPerWeek)}</td></tr>");
        html.Append($"<tr><td class=\"name\"><b>Sum</b></td>{Num(figures.NurseHoursVedtak)}{Num(figures.NurseHoursAlone)}{Num(figures.NurseHoursShared)}<td></td><td></td>" +
                    $"<td class=\"num\">{TornText.Money(figures.CostAlonePerWeek)}</td><td class=\"num\">{TornText.Money(figures.CostSharedPerWeek)}</td></tr></table>");
        html.Append("<h3>Fagteamets uke</h3><table><tr><th>dag</th><th>medlem</th><th class=\"name\">vakt</th><th class=\"name\">besøk (mellom besøkene: reise eller tilgjengelig)</th></tr>");
        foreach (var row in FagteamDay.Of(district, split.Schedule))
            html.Append($"<tr><td>{row.Day.NorwegianShortName()}</td><td>{row.Member}</td><td class=\"name\">{HtmlText.Encode(row.Shift)}</td>" +
                        $"<td class=\"name\">{HtmlText.Encode(row.Visits.Count == 0 ? "tilgjengelig, ingen besøk" : string.Join(", ", row.Visits))}</td></tr>");
        html.Append("</table>");
        html.Append(result.Breaches.Count == 0
            ? "<p class=\"ok\">Kontroll: fagteamet er aldri i to enheter samtidig, har alltid reisetid mellom enhetene og fra basen, og alle oppgaveminutter er fordelt én gang (uavhengig kontroll).</p>"
            : $"<p class=\"bad\">Brudd: {HtmlText.Encode(string.Join("; ", result.Breaches.Take(20)))}</p>");
    }

    private static string Num(double hours) => $"<td class=\"num\">{NorwegianFormat.Hours(hours)}</td>";

    private static void Card(StringBuilder html, string label, string value) =>
        html.Append($"<div class=\"card\">{HtmlText.Encode(label)}<b>{HtmlText.Encode(value)}</b></div>");
}
