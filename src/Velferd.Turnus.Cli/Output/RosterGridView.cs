using Spectre.Console;
using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Cli.Output;

/// <summary>The roster grid in the terminal: one table per week, people down, days across, shifts coloured by category.</summary>
internal static class RosterGridView
{
    public static void Write(IAnsiConsole console, Unit unit, Plan plan)
    {
        var roster = Roster.Build(unit, plan);
        for (var week = 0; week < plan.RotationWeeks; week++)
        {
            console.WriteLine();
            var table = new Table { Border = TableBorder.Simple }.Title($"[bold]Uke {week + 1}[/]");
            table.AddColumn("Ansatt");
            table.AddColumn(new TableColumn("%").RightAligned());
            foreach (var day in WeekdayNames.All)
                table.AddColumn(new TableColumn(day.NorwegianShortName()).Centered());
            table.AddColumn(new TableColumn("timer").RightAligned());
            for (var person = 0; person < roster.Staff.Count; person++)
            {
                var employee = roster.Staff[person];
                var hours = Enumerable.Range(week * 7, 7).Sum(day => roster.ShiftOn(person, day) is { } shift ? Domain.Rules.WorkingTime.CountedMinutes(shift, unit.Rules) / 60.0 : 0);
                var cells = Enumerable.Range(week * 7, 7).Select(day => Cell(roster.ShiftOn(person, day)));
                table.AddRow(new[] { Markup.Escape($"{employee.Id} {employee.Competence.Code()}"), NorwegianFormat.Decimal(employee.Stillingsprosent, "0") }
                    .Concat(cells).Append(NorwegianFormat.Hours(hours)).ToArray());
            }
            console.Write(table);
        }
        console.MarkupLine("Farger: [yellow]dag[/], [blue]kveld[/], [magenta]natt[/], [green]langvakt[/], [grey]hvilende natt[/]. · = fri.");
    }

    private static string Cell(ShiftDefinition? shift) => shift is null ? "[grey]·[/]" : $"[{ShiftColours.Terminal(shift.Category)}]{Markup.Escape(shift.Code)}[/]";
}
