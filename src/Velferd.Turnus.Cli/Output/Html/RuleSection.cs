using System.Text;
using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Solver.Turnus;

namespace Velferd.Turnus.Cli.Output.Html;

/// <summary>The rule report: every hard rule with its source and verdict, then the soft findings per person.</summary>
internal static class RuleSection
{
    public static void Append(StringBuilder html, TurnusResult result)
    {
        if (result.Check is not { } check)
            return;
        html.Append("<h2>Regelrapport</h2><table><tr><th class=\"name\">Regel</th><th class=\"name\">Kilde</th><th>Brudd</th></tr>");
        foreach (var rule in RuleInfo.All.Values)
        {
            var count = check.BreachesOf(rule.Id).Count();
            var verdict = count == 0 ? "<span class=\"ok\">✓ ingen</span>" : $"<span class=\"bad\">{count}</span>";
            html.Append($"<tr><td class=\"name\">{HtmlText.Encode(rule.Name)}</td><td class=\"name\">{HtmlText.Encode(rule.Reference)}</td><td>{verdict}</td></tr>");
        }
        html.Append("</table>");
        if (check.Breaches.Count > 0)
        {
            html.Append("<h3>Brudd</h3><ul>");
            foreach (var breach in check.Breaches)
                html.Append($"<li class=\"bad\">{HtmlText.Encode(breach.ToString())}</li>");
            html.Append("</ul>");
        }
        var personal = check.Personal;
        html.Append($"<h3>Kvalitet for de ansatte</h3><p>Ønsker oppfylt: {HtmlText.Percent(personal.WishShareMet)} · enkeltfridager: {personal.IsolatedDaysOff} · " +
                    $"enkeltvakter: {personal.IsolatedWorkDays} · raske returer: {personal.QuickReturns}</p>");
        if (personal.Findings.Count > 0)
        {
            html.Append("<table><tr><th class=\"name\">Ansatt</th><th class=\"name\">Dag</th><th class=\"name\">Funn</th></tr>");
            foreach (var finding in personal.Findings.OrderBy(finding => finding.EmployeeId).ThenBy(finding => finding.Day))
                html.Append($"<tr><td class=\"name\">{HtmlText.Encode(finding.EmployeeId)}</td><td class=\"name\">{HtmlText.Encode(DayNames.Describe(finding.Day))}</td>" +
                            $"<td class=\"name\">{HtmlText.Encode(finding.Message)}</td></tr>");
            html.Append("</table>");
        }
        if (result.Explanation is { } explanation)
            html.Append($"<h3>Hvorfor ingen plan</h3><pre>{HtmlText.Encode(explanation.Summary)}</pre>");
    }
}
