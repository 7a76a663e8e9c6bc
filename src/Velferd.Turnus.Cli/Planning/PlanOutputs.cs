using Velferd.Turnus.Cli.Output;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Kpis;
using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.FileFormats.Plans;
using Velferd.Turnus.Solver.Turnus;

namespace Velferd.Turnus.Cli.Planning;

/// <summary>Writes a plan's files: plan.json (re-checkable), plan.csv (the grid) and report.html (for people).</summary>
internal static class PlanOutputs
{
    public const string GeneratedBy = "turnus plan (Velferd.Turnus)";

    public static IReadOnlyList<string> Write(string directory, Unit unit, Plan plan, TurnusResult result, PlanKpis kpis, StaffingCurve demand)
    {
        Directory.CreateDirectory(directory);
        var json = Path.Combine(directory, "plan.json");
        var csv = Path.Combine(directory, "plan.csv");
        var html = Path.Combine(directory, "report.html");
        WriteAtomically(json, PlanFile.Write(plan, GeneratedBy, SolveSummary.Of(result), kpis));
        WriteAtomically(csv, PlanCsv.Write(unit, plan));
        WriteAtomically(html, PlanReportHtml.Write(unit, plan, result, kpis, demand));
        return [json, csv, html];
    }

    /// <summary>Write to a temporary file and move it into place, so a crash never leaves half a plan.</summary>
    private static void WriteAtomically(string path, string content)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, content);
        File.Move(temporary, path, overwrite: true);
    }
}

/// <summary>The solve facts stored in plan.json.</summary>
internal sealed record SolveSummary(string Status, double? ObjectiveNok, double BoundNok, double? Gap, double WallTimeSeconds,
    double? TimeToFirstPlanSeconds, double? TimeToBestSeconds, int ImprovingSolutions, int BreachesFound)
{
    public static SolveSummary Of(TurnusResult result) => new(
        result.Status.ToString(), result.ObjectiveNok, result.BoundNok, result.Gap, result.WallTime.TotalSeconds,
        result.TimeToFirstSolution?.TotalSeconds, result.TimeToBest?.TotalSeconds, result.ImprovingSolutions, result.Check?.Breaches.Count ?? 0);
}
