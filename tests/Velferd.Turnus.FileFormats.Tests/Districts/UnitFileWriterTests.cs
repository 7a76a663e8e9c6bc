using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Torn.Catalogues;
using Velferd.Turnus.Domain.Torn.Districts;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.FileFormats.Units;

namespace Velferd.Turnus.FileFormats.Tests.Districts;

/// <summary>What the TØRN commands write in the unit file format reads back valid and the same.</summary>
public sealed class UnitFileWriterTests
{
    [Theory]
    [InlineData(UnitKind.Bofellesskap)]
    [InlineData(UnitKind.Sykehjemsavdeling)]
    [InlineData(UnitKind.Hjemmetjenestesone)]
    public void A_default_catalogue_written_as_tasks_reads_back_the_same(UnitKind kind)
    {
        var tasks = UnitFileWriter.Tasks(TaskCatalogues.Default(kind));
        var json = TestUnit.Json.TrimEnd().TrimEnd('}') + "," + tasks.Trim().TrimStart('{').TrimEnd('}') + "}";

        var result = UnitFileReader.Parse(json, "med-katalog.json");

        Assert.Empty(result.Issues);
        Assert.Equal(TaskCatalogues.Default(kind).Select(Describe), result.Unit!.Tasks.Select(Describe));
    }

    /// <summary>Everything about a task, as text, so lists compare by content.</summary>
    private static string Describe(CareTask task) =>
        $"{task.Id}|{task.Name}|{task.Minutes}|{task.PerResidentPerDay}|{task.PerUnitPerDay}|{string.Join(",", task.Weekdays)}|" +
        $"{string.Join(",", task.Windows)}|{string.Join(",", task.Competences)}|{task.DelegatedHfa}|{task.Fagteam}|{task.Indirect}";

    [Fact]
    public void The_fagteam_unit_file_is_valid_and_gives_back_the_fagteam_curve()
    {
        var fagteam = new Fagteam("ft", "Fagteam sykepleie", Competence.Sykepleier, 6, 2, null, 3,
        [
            new FagteamShift(new ShiftDefinition("FD", "Dag", ClockTime.Parse("07:30"), ClockTime.Parse("15:30"), 0, ShiftCategory.Day), WeekdayNames.All),
            new FagteamShift(new ShiftDefinition("FA", "Kveld", ClockTime.Parse("14:30"), ClockTime.Parse("22:30"), 0, ShiftCategory.Evening), WeekdayNames.All),
        ]);
        var onDuty = new double[SlotGrid.SlotsPerWeek];
        var required = new int[SlotGrid.SlotsPerWeek];
        foreach (var day in WeekdayNames.All)
        {
            foreach (var slot in SlotGrid.SlotsOf(day, fagteam.Shifts[0].Shift.Window)) { onDuty[slot]++; required[slot]++; }
            if (day != Weekday.Sunday)
                foreach (var slot in SlotGrid.SlotsOf(day, fagteam.Shifts[1].Shift.Window)) { onDuty[slot]++; required[slot]++; }
        }
        var curve = StaffingCurve.Empty(1).WithAwakeDemand(Competence.Sykepleier, onDuty, required);

        var json = UnitFileWriter.StaffingUnit(FagteamUnit.Build(fagteam, curve));
        var result = UnitFileReader.Parse(json, "fagteam-enhet.json");

        Assert.Empty(result.Issues);
        var read = DemandEngine.Build(result.Unit!);
        for (var slot = 0; slot < SlotGrid.SlotsPerWeek; slot++)
        {
            Assert.Equal(onDuty[slot], read.Desired(slot, Competence.Sykepleier));
            Assert.Equal(required[slot], read.Required(slot, Competence.Sykepleier));
        }
        Assert.Equal(6, result.Unit!.Vacancies.Count);
    }

    [Fact]
    public void Indirect_tasks_and_recruiting_settings_are_read()
    {
        var json = TestUnit.Json.TrimEnd().TrimEnd('}') + """
            ,
            "tasks": [ { "id": "dok", "minutes": 5, "competences": ["HFA"], "indirect": true } ],
            "torn": { "recruitableHoursPerWeek": { "HFA": 35.5, "SPL": 10 } }
            }
            """;

        var unit = UnitFileReader.Parse(json, "x.json").Unit!;

        Assert.True(unit.Tasks.Single().Indirect);
        Assert.Equal(10, unit.Torn.Recruitable(Competence.Sykepleier));
        Assert.Equal(0, unit.Torn.Recruitable(Competence.Vernepleier));
        Assert.Equal(35.5, unit.Torn.Recruitable(Competence.Helsefagarbeider));
        Assert.Null(unit.Torn.Recruitable(Competence.Assistent));
    }
}
