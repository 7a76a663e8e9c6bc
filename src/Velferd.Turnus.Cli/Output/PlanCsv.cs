using System.Globalization;
using CsvHelper;
using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Cli.Output;

/// <summary>The roster grid as CSV for spreadsheets: one row per person, one column per rotation day ("u1 ma" …).</summary>
internal static class PlanCsv
{
    public static string Write(Unit unit, Plan plan)
    {
        var roster = Roster.Build(unit, plan);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using var csv = CsvWriter.Create(text, CsvWriterOptions.Default with { FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: true);
        var days = Enumerable.Range(0, plan.Days)
            .Select(day => $"u{RotationCalendar.WeekOf(day) + 1} {RotationCalendar.WeekdayOf(day).NorwegianShortName()}");
        csv.WriteRecord(["ansatt", "navn", "kompetanse", "stillingsprosent", "ledig_stilling", .. days]);
        var vacancies = unit.Vacancies.Select(vacancy => vacancy.Id).ToHashSet();
        for (var person = 0; person < roster.Staff.Count; person++)
        {
            var employee = roster.Staff[person];
            var shifts = Enumerable.Range(0, plan.Days).Select(day => roster.ShiftOn(person, day)?.Code ?? "");
            csv.WriteRecord([employee.Id, employee.Name, employee.Competence.Code(),
                employee.Stillingsprosent.ToString("0.##", CultureInfo.InvariantCulture), vacancies.Contains(employee.Id) ? "ja" : "nei", .. shifts]);
        }
        csv.Flush();
        return text.ToString();
    }
}
