using System.Text;
using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Torn;
using Velferd.Turnus.Solver.Torn;

namespace Velferd.Turnus.Cli.Output.Html;

/// <summary>The TØRN split of a unit in the HTML report: key figures, reconciliation, tasks before → after, competence mix.</summary>
internal static class TornSection
{
    public static void Append(StringBuilder html, TaskSplitResult result)
    {
        var unit = result.Input.Unit;
        html.Append($"<h2>TØRN: oppgavedeling</h2><p class=\"meta\">Oppgavekatalog: {HtmlText.Encode(TornText.Catalogue(unit))}. " +
                    $"Løsning: {HtmlText.Encode(TornText.Status(result.Status, result.Gap))}.</p>");
        if (result.Figures is not { } figures)
            return;
        var fullTime = unit.Rules.FullTimeHoursPerWeek;
        html.Append("<div class=\"cards\">");
        Card(html, "Sykepleier-/vernepleiertimer frigjort per uke", $"{NorwegianFormat.Hours(figures.NurseHoursFreed)} t ({TornText.Arsverk(figures.NurseHoursFreed, fullTime)} årsverk)");
        Card(html, "Kostnad per uke før", $"{TornText.Money(figures.CostPerWeekBefore)} kr");
        Card(html, "Kostnad per uke etter", $"{TornText.Money(figures.CostPerWeekAfter)} kr");
        Card(html, "Spart per år", $"{TornText.Money(figures.CostSavedPerWeek * 52)} kr");
        Card(html, "Katalogen forklarer av vedtakslasten", TornText.Percent(figures.Reconciliation.ExplainedShare));
        Card(html, "Delegert arbeid / tilgjengelig", $"{NorwegianFormat.Hours(figures.DelegatedHfaHoursAfter)} / {NorwegianFormat.Hours(figures.DelegatedHfaHoursAvailable)} t");
        html.Append("</div>");
        Reconciliation(html, figures.Reconciliation);
        Tasks(html, figures);
        Competences(html, result, figures);
        html.Append(result.Breaches.Count == 0
            ? "<p class=\"ok\">Kontroll: ingen oppgave er gitt til en yrkesgruppe som ikke har lov til den, og alle oppgaveminutter er fordelt (uavhengig kontroll).</p>"
            : $"<p class=\"bad\">Brudd: {HtmlText.Encode(string.Join("; ", result.Breaches.Take(20)))}</p>");
    }

    private static void Reconciliation(StringBuilder html, SplitReconciliation check)
    {
        html.Append("<h3>Avstemming, timer per uke</h3><table>");
        Row(html, "Bemanningskurven etter vedtak og grunnbemanning", check.CurveHours);
        Row(html, "− tilstedeværelse som ikke fordeles (grunnbemanning, kontinuerlig 1:1/2:1, hvilende)", check.PresenceHours);
        Row(html, "= vedtakslast som oppgavene kan forklare", check.PoolHours);
        Row(html, $"Katalogen forklarer ({TornText.Percent(check.ExplainedShare)})", check.ExplainedHours);
        Row(html, "Ikke forklart av katalogen (blir på vedtakets kompetanse)", check.UnexplainedHours);
        Row(html, "Katalogarbeid utover vedtakene (lagt til før og etter)", check.BeyondVedtakHours);
        html.Append("</table>");
    }

    private static void Tasks(StringBuilder html, TaskSplitFigures figures)
    {
        html.Append("<h3>Oppgaver: direkte minutter per uke, i dag → etter TØRN</h3><p class=\"meta\">–: yrkesgruppen har ikke lov til oppgaven. HFA-D: helsefagarbeider med delegering.</p>");
        html.Append("<table><tr><th class=\"name\">oppgave</th><th class=\"num\">min/uke</th>");
        foreach (var performer in Performers.All)
            html.Append($"<th class=\"num\" title=\"{HtmlText.Encode(performer.NorwegianName())}\">{performer.Code()}</th>");
        html.Append("</tr>");
        foreach (var task in figures.Tasks)
        {
            html.Append($"<tr><td class=\"name\">{HtmlText.Encode(task.Task.Name)}</td><td class=\"num\">{TornText.Minutes(task.WeeklyMinutes)}</td>");
            foreach (var performer in Performers.All)
                html.Append($"<td class=\"num\">{HtmlText.Encode(TornText.Move(task, performer))}</td>");
            html.Append("</tr>");
        }
        html.Append("</table>");
    }

    private static void Competences(StringBuilder html, TaskSplitResult result, TaskSplitFigures figures)
    {
        var mixBefore = TaskSplitFigures.Mix(figures.HoursBefore);
        var mixAfter = TaskSplitFigures.Mix(figures.HoursAfter);
        html.Append("<h3>Kompetansemiks: timer per uke i bemanningskurven</h3><table><tr><th class=\"name\">kompetanse</th><th class=\"num\">før</th>" +
                    "<th class=\"num\">etter</th><th class=\"num\">endring</th><th class=\"num\">andel før</th><th class=\"num\">andel etter</th><th class=\"num\">ansatte i dag</th></tr>");
        foreach (var competence in CompetenceCodes.All.Where(competence => figures.HoursBefore[competence] + figures.HoursAfter[competence] > 0.05))
            html.Append($"<tr><td class=\"name\">{HtmlText.Encode(TornText.CompetenceName(competence))}</td><td class=\"num\">{NorwegianFormat.Hours(figures.HoursBefore[competence])}</td>" +
                        $"<td class=\"num\">{NorwegianFormat.Hours(figures.HoursAfter[competence])}</td><td class=\"num\">{TornText.Signed(figures.HoursAfter[competence] - figures.HoursBefore[competence])}</td>" +
                        $"<td class=\"num\">{TornText.Percent(mixBefore[competence])}</td><td class=\"num\">{TornText.Percent(mixAfter[competence])}</td>" +
                        $"<td class=\"num\">{NorwegianFormat.Hours(result.Input.Capacity.StaffHours[competence])}</td></tr>");
        html.Append("</table>");
    }

    private static void Card(StringBuilder html, string label, string value) =>
        html.Append($"<div class=\"card\">{HtmlText.Encode(label)}<b>{HtmlText.Encode(value)}</b></div>");

    private static void Row(StringBuilder html, string label, double hours) =>
        html.Append($"<tr><td class=\"name\">{HtmlText.Encode(label)}</td><td class=\"num\">{NorwegianFormat.Hours(hours)}</td></tr>");
}
