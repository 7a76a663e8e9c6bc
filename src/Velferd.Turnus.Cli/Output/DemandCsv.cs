using System.Globalization;
using CsvHelper;
using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Demand;

namespace Velferd.Turnus.Cli.Output;

/// <summary>One row per weekday × 15-minute slot × competence: desired, required, sleeping. Invariant culture, for spreadsheets and scripts.</summary>
internal static class DemandCsv
{
    public static void Write(TextWriter writer, StaffingCurve curve, IReadOnlyList<Competence> competences)
    {
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default with { FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: true);
        csv.WriteRecords(DemandRows.From(curve, competences));
        csv.Flush();
    }
}
