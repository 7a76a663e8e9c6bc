using System.Text;
using Velferd.Turnus.Domain.Torn.Districts;
using Velferd.Turnus.Solver.Torn;
using Velferd.Turnus.Solver.Torn.Districts;

namespace Velferd.Turnus.Cli.Output.Html;

/// <summary>torn-report.html: one self-contained page with a unit's TØRN split, or a district's with each unit's split and the fagteam.</summary>
internal static class TornReportHtml
{
    public static string Unit(TaskSplitResult result) => Page($"TØRN – {result.Input.Unit.Name}", html => TornSection.Append(html, result));

    public static string District(DistrictResult result, District district) => Page($"TØRN – {district.Name}", html =>
    {
        DistrictSection.Append(html, result, district);
        foreach (var alone in result.Alone)
        {
            html.Append($"<h2>{HtmlText.Encode(alone.Input.Unit.Name)}: enhetens egen TØRN-fordeling</h2>");
            TornSection.Append(html, alone);
        }
    });

    private static string Page(string title, Action<StringBuilder> body)
    {
        var html = new StringBuilder();
        html.Append($"<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"utf-8\"><title>{HtmlText.Encode(title)}</title><style>{ReportStyle.Css}</style></head><body>");
        html.Append($"<h1>{HtmlText.Encode(title)}</h1><p class=\"meta\">Laget {DateTime.Now:dd.MM.yyyy HH:mm} av Velferd.Turnus (turnus torn).</p>");
        body(html);
        html.Append("</body></html>");
        return html.ToString();
    }
}
