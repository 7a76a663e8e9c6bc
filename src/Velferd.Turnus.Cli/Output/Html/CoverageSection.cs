using System.Text;
using Velferd.Turnus.Domain.Kpis;
using Velferd.Turnus.Domain.Time;

namespace Velferd.Turnus.Cli.Output.Html;

/// <summary>
/// Coverage against demand per weekday: for each day an hourly chart (SVG) of staff asked for (line),
/// the required minimum (dashed) and staff on site in the plan (bars), averaged over the rotation's weeks.
/// </summary>
internal static class CoverageSection
{
    private const double Width = 360, Height = 130, Left = 24, Bottom = 16;

    public static void Append(StringBuilder html, CoverageProfile profile)
    {
        html.Append("<h2>Dekning mot behov</h2><p class=\"meta\">Søyler: ansatte på vakt i planen (snitt over turnusukene). " +
                    "Linje: ønsket bemanning fra vedtak og grunnbemanning. Stiplet: påkrevd minimum.</p><div class=\"cards\">");
        var top = Math.Max(1, Math.Ceiling(Enumerable.Range(0, 7).SelectMany(day => Enumerable.Range(0, 24)
            .Select(hour => Math.Max(profile.Demand[day, hour], profile.Planned[day, hour]))).Max()));
        foreach (var day in WeekdayNames.All)
            html.Append($"<div class=\"card\"><b>{day.NorwegianName()}</b>{Chart(profile, (int)day, top)}</div>");
        html.Append("</div>");
    }

    private static string Chart(CoverageProfile profile, int day, double top)
    {
        var plotWidth = Width - Left;
        var plotHeight = Height - Bottom;
        double X(double hour) => Left + hour / 24 * plotWidth;
        double Y(double staff) => plotHeight - staff / top * (plotHeight - 4);
        var svg = new StringBuilder($"<svg width=\"{HtmlText.Svg(Width)}\" height=\"{HtmlText.Svg(Height)}\" role=\"img\">");
        for (var hour = 0; hour < 24; hour++)
        {
            var planned = profile.Planned[day, hour];
            svg.Append($"<rect x=\"{HtmlText.Svg(X(hour) + 1)}\" y=\"{HtmlText.Svg(Y(planned))}\" width=\"{HtmlText.Svg(plotWidth / 24 - 2)}\" " +
                       $"height=\"{HtmlText.Svg(plotHeight - Y(planned))}\" fill=\"#93c5fd\"><title>{hour:00}: {NorwegianFormat.Decimal(planned, "0.0")} på vakt, " +
                       $"{NorwegianFormat.Decimal(profile.Demand[day, hour], "0.0")} ønsket</title></rect>");
        }
        svg.Append(Line(Enumerable.Range(0, 24).Select(hour => (X(hour + 0.5), Y(profile.Demand[day, hour]))), "#111827", ""));
        svg.Append(Line(Enumerable.Range(0, 24).Select(hour => (X(hour + 0.5), Y(profile.Required[day, hour]))), "#dc2626", "stroke-dasharray=\"4 3\""));
        for (var hour = 0; hour <= 24; hour += 6)
            svg.Append($"<text x=\"{HtmlText.Svg(X(hour) - 5)}\" y=\"{HtmlText.Svg(Height - 3)}\">{hour:00}</text>");
        svg.Append($"<text x=\"0\" y=\"10\">{HtmlText.Svg(top)}</text><text x=\"0\" y=\"{HtmlText.Svg(plotHeight)}\">0</text></svg>");
        return svg.ToString();
    }

    private static string Line(IEnumerable<(double X, double Y)> points, string colour, string extra) =>
        $"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.5\" {extra} points=\"{string.Join(" ", points.Select(point => $"{HtmlText.Svg(point.X)},{HtmlText.Svg(point.Y)}"))}\"/>";
}
