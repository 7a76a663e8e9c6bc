namespace Velferd.Turnus.Cli.Output.Html;

/// <summary>The report's stylesheet: readable on screen, one week per block when printed.</summary>
internal static class ReportStyle
{
    public const string Css = """
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2rem; color: #111827; }
        h1 { margin-bottom: .2rem; } h2 { margin-top: 2rem; border-bottom: 2px solid #e5e7eb; padding-bottom: .2rem; }
        .meta { color: #4b5563; }
        .cards { display: flex; flex-wrap: wrap; gap: .8rem; }
        .card { border: 1px solid #e5e7eb; border-radius: .5rem; padding: .6rem .9rem; min-width: 10rem; }
        .card b { display: block; font-size: 1.3rem; }
        table { border-collapse: collapse; margin: .5rem 0 1rem; }
        th, td { border: 1px solid #d1d5db; padding: .15rem .4rem; text-align: center; font-size: .85rem; }
        td.name, th.name { text-align: left; white-space: nowrap; }
        td.num, th.num { text-align: right; }
        .ok { color: #166534; } .bad { color: #991b1b; }
        .legend span { display: inline-block; padding: .1rem .5rem; margin-right: .4rem; border-radius: .25rem; }
        .week { break-inside: avoid; }
        svg text { font-size: 10px; fill: #374151; }
        @media print { body { margin: .5cm; } h2 { break-after: avoid; } .week { page-break-inside: avoid; } }
        """;
}
