namespace Velferd.Turnus.Benchmarks.Curtois;

/// <summary>The fixed explanatory part of CURTOIS.md: method, rule reading and what was tried.</summary>
internal static class CurtoisReportNotes
{
    public const string Text = """
        ## Method

        TODO
        """;
}
