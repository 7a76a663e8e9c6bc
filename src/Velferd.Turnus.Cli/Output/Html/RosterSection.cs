using System.Text;
using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Domain.Rules;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Cli.Output.Html;

/// <summary>The roster grid, one table per week, cells coloured by shift category.</summary>
internal static class RosterSection
{
    public static void Append(StringBuilder html, Roster roster)
    {
        html.Append("<h2>Turnus</h2><p class=\"legend\">");
        foreach (var category in Enum.GetValues<ShiftCategory>())
            html.Append($"<span style=\"background:{ShiftColours.Html(category)}\">{ShiftColours.NorwegianName(category)}</span>");
        html.Append("</p><p class=\"meta\">");
        html.Append(string.Join(" · ", roster.Unit.Shifts.Select(shift => HtmlText.Encode($"{shift.Code} {shift.Name} {shift.Start}–{shift.End}"))));
        html.Append("</p>");
        for (var week = 0; week < roster.Plan.RotationWeeks; week++)
        {
            html.Append($"<div class=\"week\"><h3>Uke {week + 1}</h3><table><tr><th class=\"name\">Ansatt</th><th>Komp.</th><th class=\"num\">%</th>");
            foreach (var day in WeekdayNames.All)
                html.Append($"<th>{day.NorwegianShortName()}</th>");
            html.Append("<th class=\"num\">timer</th></tr>");
            for (var person = 0; person < roster.Staff.Count; person++)
            {
                var employee = roster.Staff[person];
                html.Append($"<tr><td class=\"name\">{HtmlText.Encode(employee.Name)}</td><td>{employee.Competence.Code()}</td>" +
                            $"<td class=\"num\">{NorwegianFormat.Decimal(employee.Stillingsprosent, "0")}</td>");
                double minutes = 0;
                for (var day = week * 7; day < week * 7 + 7; day++)
                {
                    if (roster.ShiftOn(person, day) is { } shift)
                    {
                        minutes += WorkingTime.CountedMinutes(shift, roster.Unit.Rules);
                        html.Append($"<td style=\"background:{ShiftColours.Html(shift.Category)}\" title=\"{HtmlText.Encode($"{shift.Name} {shift.Start}–{shift.End}")}\">{HtmlText.Encode(shift.Code)}</td>");
                    }
                    else
                    {
                        html.Append("<td></td>");
                    }
                }
                html.Append($"<td class=\"num\">{NorwegianFormat.Hours(minutes / 60)}</td></tr>");
            }
            html.Append("</table></div>");
        }
    }
}
