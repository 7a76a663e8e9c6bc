using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.FileFormats.Units;
using Velferd.Turnus.Grains.Abstractions.Units;
using Velferd.Turnus.Tests.Shared;

namespace Velferd.Turnus.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class UnitGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_unit_file_is_stored_with_its_facts_and_demand_curve()
    {
        var path = RepositoryRoot.File("samples", "bofellesskap-psykisk-helse.json");
        var json = await File.ReadAllTextAsync(path);
        var expected = UnitFileReader.Parse(json, "x.json").Unit!;
        var unit = fixture.Client.GetGrain<IUnitGrain>(expected.Id);

        var defined = await unit.Define(json, "bofellesskap-psykisk-helse.json");

        Assert.True(defined.Accepted);
        var overview = await unit.GetOverview();
        Assert.NotNull(overview);
        Assert.Equal(expected.Name, overview.Name);
        Assert.Equal(expected.Employees.Count, overview.Employees);
        Assert.Equal(expected.AllVedtak.Count(), overview.Vedtak);
        Assert.Equal(json, await unit.GetDefinitionJson());
        var demand = await unit.GetDemand();
        var hours = DemandEngine.Build(expected).TotalStaffHoursPerWeek;
        Assert.Equal(hours, demand!.StaffHoursPerWeek, 6);
        Assert.Equal(hours, overview.DemandStaffHoursPerWeek, 6);
    }

    [Fact]
    public async Task An_invalid_unit_file_is_rejected_with_located_issues_and_nothing_is_stored()
    {
        var unit = fixture.Client.GetGrain<IUnitGrain>("ugyldig");

        var defined = await unit.Define(TestUnitFiles.Invalid("ugyldig"), "ugyldig.json");

        Assert.False(defined.Accepted);
        var negative = Assert.Single(defined.Errors, issue => issue.Path == "$.residents[0].vedtak[0].hoursPerWeek");
        Assert.Equal("-4", negative.Value);
        Assert.Equal("ugyldig.json", negative.File);
        Assert.NotNull(negative.Line);
        Assert.Contains(defined.Errors, issue => issue.Path == "$.employees[0].competence" && issue.Value == "\"XYZ\"");
        Assert.Null(await unit.GetOverview());
        Assert.Null(await unit.GetDefinitionJson());
    }

    [Fact]
    public async Task A_unit_file_sent_to_another_unit_is_rejected_at_its_id()
    {
        var unit = fixture.Client.GetGrain<IUnitGrain>("feil-enhet");

        var defined = await unit.Define(TestUnitFiles.Json("riktig-enhet"), "riktig-enhet.json");

        Assert.False(defined.Accepted);
        var issue = Assert.Single(defined.Errors);
        Assert.Equal("$.id", issue.Path);
        Assert.Equal("\"riktig-enhet\"", issue.Value);
        Assert.Null(await unit.GetOverview());
    }

    [Fact]
    public async Task Planning_an_undefined_unit_is_refused()
    {
        var unit = fixture.Client.GetGrain<IUnitGrain>("aldri-definert");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => unit.StartPlanning(Planning.Quick(), null));

        Assert.Contains("aldri-definert", error.Message);
    }
}
