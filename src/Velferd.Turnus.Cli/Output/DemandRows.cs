using CsvHelper;
using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Time;

namespace Velferd.Turnus.Cli.Output;

/// <summary>One 15-minute slot of one competence, as the csv and json outputs list them.</summary>
[CsvRecord]
internal sealed partial record DemandRow(
    [property: CsvColumn("weekday")] string Weekday,
    [property: CsvColumn("time")] string Time,
    [property: CsvColumn("competence")] string Competence,
    [property: CsvColumn("desired")] double Desired,
    [property: CsvColumn("required")] int Required,
    [property: CsvColumn("sleeping")] int Sleeping);

internal static class DemandRows
{
    /// <summary>Six decimals keep the rows' sum within 0.01 h of the curve's total even over thousands of rows.</summary>
    private const int Decimals = 6;

    /// <summary>Rows in week order (Monday 00:00 first), competences in coverage order within each slot.</summary>
    public static IEnumerable<DemandRow> From(StaffingCurve curve, IReadOnlyList<Competence> competences)
    {
        for (var slot = 0; slot < SlotGrid.SlotsPerWeek; slot++)
        {
            foreach (var competence in competences)
            {
                yield return new DemandRow(
                    SlotGrid.DayOf(slot).Code(), SlotGrid.StartOf(slot).ToString(), competence.Code(),
                    Math.Round(curve.Desired(slot, competence), Decimals),
                    curve.Required(slot, competence), curve.Sleeping(slot, competence));
            }
        }
    }
}
