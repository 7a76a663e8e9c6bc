using System.Text;
using Velferd.Turnus.Cli.Output.Html;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Kpis;
using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Solver.Turnus;

namespace Velferd.Turnus.Cli.Output;

/// <summary>
/// report.html: one self-contained page (no scripts, no external files) a unit leader can open and print:
/// key figures and cost, the roster grid coloured by shift, coverage against demand per weekday, and the rule report.
/// </summary>
internal static class PlanReportHtml
{
    public static string Write(Unit unit, Plan plan, TurnusResult result, PlanKpis kpis, StaffingCurve demand)
    {
        var roster = Roster.Build(unit, plan);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"utf-8\">");
        html.Append($"<title>Turnus – {HtmlText.Encode(unit.Name)}</title><style>{ReportStyle.Css}</style></head><body>");
        html.Append($"<h1>Turnus for {HtmlText.Encode(unit.Name)}</h1>");
        html.Append($"<p class=\"meta\">{HtmlText.Encode(unit.Kind.Code())} · {plan.RotationWeeks} ukers turnus · laget {DateTime.Now:dd.MM.yyyy HH:mm} av Velferd.Turnus · " +
                    $"{HtmlText.Encode(SolveText.Status(result.Status))}</p>");
        KpiSection.Append(html, result, kpis);
        RosterSection.Append(html, roster);
        CoverageSection.Append(html, CoverageProfile.Of(roster, demand));
        RuleSection.Append(html, result);
        html.Append("</body></html>");
        return html.ToString();
    }
}
