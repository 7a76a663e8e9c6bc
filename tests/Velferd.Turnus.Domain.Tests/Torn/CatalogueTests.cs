using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Torn;
using Velferd.Turnus.Domain.Torn.Catalogues;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Tests.Shared;

namespace Velferd.Turnus.Domain.Tests.Torn;

/// <summary>The default TØRN catalogues: present for every unit kind, sensible, documented, and overridable.</summary>
public sealed class CatalogueTests
{
    public static TheoryData<UnitKind> Kinds => new(Enum.GetValues<UnitKind>());

    private static readonly string[] ServiceTasks = ["servering", "klesvask", "renhold", "rengjoring"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_has_a_catalogue_of_the_issue_s_task_types(UnitKind kind)
    {
        var catalogue = TaskCatalogues.Default(kind);

        Assert.True(catalogue.Count >= 7);
        Assert.Equal(catalogue.Count, catalogue.Select(task => task.Id).Distinct().Count());
        Assert.Contains(catalogue, task => task.Id == "legemidler");
        Assert.Contains(catalogue, task => task.Id == "dokumentasjon" && task.Indirect);
        Assert.Contains(catalogue, task => task.Competences.Contains(Competence.Servicemedarbeider));
        Assert.All(catalogue, task =>
        {
            Assert.InRange(task.Minutes, 1, 600);
            Assert.True(task.PerResidentPerDay > 0 ^ task.PerUnitPerDay > 0, $"{task.Id}: one frequency");
            Assert.NotEmpty(task.Windows);
            Assert.All(task.Windows, window => Assert.True(SlotGrid.IsOnGrid(window.From) && SlotGrid.IsOnGrid(window.To), $"{task.Id}: {window}"));
        });
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Medicine_handling_needs_a_nurse_a_vernepleier_or_delegated_authority(UnitKind kind)
    {
        var medicine = TaskCatalogues.Default(kind).Single(task => task.Id == "legemidler");

        Assert.Equal([Performer.Sykepleier, Performer.Vernepleier, Performer.DelegertHelsefagarbeider], TaskPermissions.Permitted(medicine));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Servicemedarbeidere_may_only_do_service_tasks(UnitKind kind)
    {
        foreach (var task in TaskCatalogues.Default(kind).Where(task => TaskPermissions.Permits(task, Performer.Servicemedarbeider)))
            Assert.Contains(task.Id, ServiceTasks);
    }

    [Fact]
    public void A_unit_s_own_tasks_replace_the_default()
    {
        var own = new CareTask("egen", "Egen oppgave", 10, 1, 0, WeekdayNames.All, [TimeWindow.WholeDay], [Competence.Assistent], false, false);
        var unit = TornUnits.Unit(UnitKind.Sykehjemsavdeling) with { Tasks = [own] };

        Assert.Equal([own], TaskCatalogues.For(unit));
        Assert.False(TaskCatalogues.IsDefault(unit));
        Assert.Same(TaskCatalogues.Default(UnitKind.Sykehjemsavdeling), TaskCatalogues.For(TornUnits.Unit(UnitKind.Sykehjemsavdeling)));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Docs_torn_md_lists_every_default_task(UnitKind kind)
    {
        var docs = File.ReadAllText(RepositoryRoot.File("docs", "torn.md"));

        Assert.All(TaskCatalogues.Default(kind), task => Assert.Contains($"`{task.Id}`", docs));
        Assert.All(TaskCatalogues.Default(kind), task => Assert.Contains(task.Name, docs));
    }
}
