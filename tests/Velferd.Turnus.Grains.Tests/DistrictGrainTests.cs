using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Grains.Abstractions.Districts;
using Velferd.Turnus.Grains.Abstractions.Units;
using Velferd.Turnus.Grains.Solving;
using Velferd.Turnus.Hosting.Client;
using Velferd.Turnus.Tests.Shared;

namespace Velferd.Turnus.Grains.Tests;

/// <summary>
/// The district grain on a two-silo cluster: it solves the sample district, delivers each unit's reduced demand to
/// its unit grain and defines the fagteam's unit grain; a unit then plans on the demand it received.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class DistrictGrainTests(ClusterFixture fixture)
{
    private static readonly string Folder = RepositoryRoot.File("samples", "district");

    private static (string District, Dictionary<string, string> Units) SampleFiles() =>
        (File.ReadAllText(Path.Combine(Folder, "district.json")),
         Directory.GetFiles(Folder, "*-bofellesskap.json").ToDictionary(path => Path.GetFileName(path), File.ReadAllText));

    [Fact]
    public async Task A_district_with_a_missing_unit_file_is_rejected_at_its_entry()
    {
        var (json, units) = SampleFiles();
        units.Remove("bergtun-bofellesskap.json");

        var defined = await fixture.Client.GetGrain<IDistrictGrain>("nordre-boliger-mangler").Define(json.Replace("\"nordre-boliger\"", "\"nordre-boliger-mangler\""), units);

        Assert.False(defined.Accepted);
        var issue = Assert.Single(defined.Errors);
        Assert.Equal("$.units[1].file", issue.Path);
        Assert.Equal("no such unit file next to the district file", issue.Message);
    }

    [Fact]
    public async Task The_district_grain_solves_and_every_unit_grain_receives_its_reduced_demand()
    {
        var (json, units) = SampleFiles();
        var district = fixture.Client.GetGrain<IDistrictGrain>("nordre-boliger");
        var defined = await district.Define(json, units);
        Assert.True(defined.Accepted, string.Join(Environment.NewLine, defined.Issues));

        var started = await district.StartSolve(new DistrictSolveSettings { TimeLimitSeconds = 10, Seed = 1 });
        Assert.Equal(DistrictSolveState.Solving, started.State);
        var status = await WaitAsync(district);

        Assert.Equal(DistrictSolveState.Done, status.State);
        var outcome = status.Outcome!;
        Assert.Empty(outcome.Breaches);
        Assert.True(outcome.NurseHoursShared < outcome.NurseHoursAlone, $"{outcome.NurseHoursShared} vs {outcome.NurseHoursAlone}");
        Assert.Equal(3, outcome.Units.Count);
        foreach (var unit in outcome.Units)
        {
            var received = await fixture.Client.GetGrain<IUnitGrain>(unit.UnitId).GetPlanningDemand();
            Assert.NotNull(received);
            Assert.Equal(unit.NurseHoursShared, NurseHours(received), 3);
            Assert.True(unit.NurseHoursShared < unit.NurseHoursAlone);
        }
        var fagteam = await fixture.Client.GetGrain<IUnitGrain>(outcome.FagteamUnitId).GetOverview();
        Assert.NotNull(fagteam);
        Assert.Equal(outcome.FagteamHours, fagteam.DemandStaffHoursPerWeek, 3);

        // A unit plans on the demand it received, and the plan is legal against that demand.
        var bergtun = fixture.Client.GetGrain<IUnitGrain>("bergtun");
        var job = await bergtun.StartPlanning(Planning.Quick(8), null);
        var result = await Planning.FollowAsync(fixture.Client, job.JobId);
        Assert.NotNull(result.Demand);
        var unitOf = TurnusResults.ReadUnit(result);
        var rebuilt = TurnusResults.FromJob(result, unitOf);
        Assert.NotNull(rebuilt.Plan);
        var check = PlanChecker.Check(unitOf, rebuilt.Plan, PlanningDemands.ToCurve((await bergtun.GetPlanningDemand())!));
        Assert.True(check.IsLegal, string.Join(Environment.NewLine, check.Breaches));
    }

    private static double NurseHours(PlanningDemand demand) =>
        demand.Competences.Where(item => item.Competence is "SPL" or "VPL")
            .Sum(item => item.Desired.Sum() + item.Sleeping.Sum()) * 15 / 60;

    private static async Task<DistrictStatus> WaitAsync(IDistrictGrain district)
    {
        var deadline = DateTime.UtcNow + Planning.Patience;
        while (true)
        {
            var status = await district.GetStatus();
            if (status.State is not DistrictSolveState.Solving)
                return status;
            Assert.True(DateTime.UtcNow < deadline, "the district solve did not finish");
            await Task.Delay(250);
        }
    }
}
