using Velferd.Turnus.Grains.Abstractions.Jobs;
using Velferd.Turnus.Grains.Abstractions.Units;
using Velferd.Turnus.Hosting.Client;
using Velferd.Turnus.Solver.Modelling;
using Velferd.Turnus.Tests.Shared;

namespace Velferd.Turnus.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class PlanningJobTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_job_plans_its_unit_and_the_unit_keeps_the_legal_plan_as_a_version()
    {
        var unit = await Planning.DefineAsync(fixture.Client, "liten-a", TestUnitFiles.Json("liten-a"));
        var seen = new List<JobUpdate>();

        var started = await unit.StartPlanning(Planning.Quick(), null);
        var job = await Planning.FollowAsync(fixture.Client, started.JobId, seen);

        Assert.Equal(JobState.Done, job.Snapshot.State);
        Assert.Contains(seen, update => update.Snapshot.State == JobState.Done);
        var result = Planning.Rebuild(job);
        Assert.True(result.Status is SolveStatus.Feasible or SolveStatus.Optimal);
        Assert.NotNull(result.Plan);
        var stored = await unit.GetPlan(job.Snapshot.Outcome!.PlanVersion!.Value);
        Assert.Equal(job.PlanJson, stored!.PlanJson);
        Assert.Equal(0, stored.Summary.Figures.Breaches);
        Assert.Equal(Velferd.Turnus.Domain.Kpis.KpiCalculator.Calculate(TurnusResults.ReadUnit(job), result.Plan).StaffCount, stored.Summary.Figures.StaffCount);
        Assert.Contains(started.JobId, await unit.GetJobIds());
    }

    [Fact]
    public async Task Improving_plans_reach_the_observer_as_they_are_found_and_each_is_legal()
    {
        var unit = await Planning.DefineAsync(fixture.Client, "middels-progress", TestUnitFiles.Json("middels-progress", employees: 6, weeks: 4));
        var seen = new List<JobUpdate>();

        var started = await unit.StartPlanning(Planning.Quick(4), null);
        var job = await Planning.FollowAsync(fixture.Client, started.JobId, seen);

        var improving = seen.Where(update => update.PlanJson is not null).ToList();
        Assert.NotEmpty(improving);
        var unitModel = TurnusResults.ReadUnit(job);
        foreach (var update in improving)
        {
            var progress = TurnusResults.Progress(update, unitModel)!;
            Assert.True(Velferd.Turnus.Domain.Checking.PlanChecker.Check(unitModel, progress.Plan).IsLegal);
            Assert.True(progress.ObjectiveNok >= job.Snapshot.Outcome!.ObjectiveNok!.Value - 1e-6);
            // A plan can come before the bound (computed beside the search): then neither bound nor gap, never 0 and 100 %.
            var snapshot = update.Snapshot;
            Assert.True(snapshot.BoundNok is null ? snapshot.Gap is null : snapshot.BoundNok > 0 && snapshot.Gap is >= 0 and <= 1,
                $"bound {snapshot.BoundNok}, gap {snapshot.Gap}");
        }
        Assert.Equal(seen.Select(update => update.Snapshot.Sequence).Order(), seen.Select(update => update.Snapshot.Sequence));
        Planning.Rebuild(job);
    }

    [Fact]
    public async Task A_cancelled_job_stops_and_keeps_the_best_legal_plan_found()
    {
        var unit = await Planning.DefineAsync(fixture.Client, "middels-avbryt", TestUnitFiles.Json("middels-avbryt", employees: 6, weeks: 4));
        var started = await unit.StartPlanning(Planning.Quick(600), null);
        var job = fixture.Client.GetGrain<IPlanningJobGrain>(started.JobId);
        await Planning.WaitForAsync(job, snapshot => snapshot.Solutions > 0);

        await job.Cancel();
        var finished = await Planning.FollowAsync(fixture.Client, started.JobId);

        Assert.Equal(JobState.Cancelled, finished.Snapshot.State);
        Assert.True(finished.Snapshot.CancelRequested);
        var result = Planning.Rebuild(finished);
        Assert.NotNull(result.Plan);
        Assert.NotEqual(SolveStatus.Optimal, result.Status);
    }

    [Fact]
    public async Task A_client_that_let_go_re_attaches_to_its_job_by_id()
    {
        var unit = await Planning.DefineAsync(fixture.Client, "middels-igjen", TestUnitFiles.Json("middels-igjen", employees: 6, weeks: 4));
        var started = await unit.StartPlanning(Planning.Quick(4), null);
        using (var detach = new CancellationTokenSource())
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                JobFollower.FollowAsync(fixture.Client, started.JobId, _ => detach.Cancel(), detach.Token));
        }

        var attached = await Planning.FollowAsync(fixture.Client, started.JobId);

        Assert.Equal(started.JobId, attached.Snapshot.JobId);
        Assert.Equal(JobState.Done, attached.Snapshot.State);
        Assert.Equal(1, attached.Snapshot.Attempt);
        Assert.NotNull(Planning.Rebuild(attached).Plan);
    }

    [Fact]
    public async Task An_infeasible_unit_is_done_with_an_explanation_in_the_users_terms()
    {
        var json = await File.ReadAllTextAsync(RepositoryRoot.File("samples", "bofellesskap-solsiden.json"));
        var unitId = Velferd.Turnus.FileFormats.Units.UnitFileReader.Parse(json, "x.json").Unit!.Id;
        var unit = await Planning.DefineAsync(fixture.Client, unitId, json);

        // Two weeks cannot give the sample's part-time contracts their exact hours.
        var started = await unit.StartPlanning(Planning.Quick(20) with { Weeks = 2 }, null);
        var job = await Planning.FollowAsync(fixture.Client, started.JobId);

        Assert.Equal(JobState.Done, job.Snapshot.State);
        var result = TurnusResults.FromJob(job);
        Assert.Equal(SolveStatus.Infeasible, result.Status);
        Assert.Null(result.Plan);
        Assert.NotEmpty(result.Explanation!.Rules);
        Assert.Contains("kan ikke", result.Explanation.Summary);
        Assert.Empty(await unit.GetPlanVersions());
    }

    [Fact]
    public async Task Asking_for_a_job_that_does_not_exist_says_so()
    {
        var job = fixture.Client.GetGrain<IPlanningJobGrain>("finnes-ikke");

        var error = await Assert.ThrowsAsync<KeyNotFoundException>(() => job.GetStatus());

        Assert.Contains("finnes-ikke", error.Message);
    }
}
