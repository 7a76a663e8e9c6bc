using System.Text.Json;
using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Cli.Output;

/// <summary>The curve for programs: the unit, the reconciliation, weekly hours per competence and the same slot rows as the csv.</summary>
internal static class DemandJson
{
    private const int Decimals = 4;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void Write(TextWriter writer, Unit unit, StaffingCurve curve, IReadOnlyList<Competence> competences)
    {
        var document = new DemandDocument(
            unit.Id, unit.Name, unit.Kind.Code(), Domain.Time.SlotGrid.SlotMinutes,
            DemandReconciliation.Of(curve).Rounded(Decimals),
            competences.Select(competence => new CompetenceHours(
                competence.Code(), competence.NorwegianName(),
                Math.Round(curve.DesiredStaffHoursPerWeek(competence), Decimals),
                Math.Round(curve.SleepingStaffHoursPerWeek(competence), Decimals))).ToList(),
            DemandRows.From(curve, competences).ToList());
        writer.WriteLine(JsonSerializer.Serialize(document, Options));
    }

    private sealed record DemandDocument(
        string UnitId,
        string UnitName,
        string Kind,
        int SlotMinutes,
        DemandReconciliation Reconciliation,
        IReadOnlyList<CompetenceHours> Competences,
        IReadOnlyList<DemandRow> Slots);

    private sealed record CompetenceHours(string Code, string Name, double AwakeHoursPerWeek, double SleepingHoursPerWeek);
}
