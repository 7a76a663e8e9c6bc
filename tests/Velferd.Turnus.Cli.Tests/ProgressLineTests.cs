using Velferd.Turnus.Cli.Output;
using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Grains.Abstractions.Jobs;
using Velferd.Turnus.Solver.Turnus;

namespace Velferd.Turnus.Cli.Tests;

/// <summary>The live progress lines of a plan and of a cluster job: the bound is computed beside the search, so the first plans can come before it.</summary>
public sealed class ProgressLineTests
{
    private static readonly Plan Empty = new("u", 6, [], []);

    [Fact]
    public void A_plan_before_any_bound_says_the_bound_is_still_being_computed_instead_of_a_gap_of_100_percent()
    {
        var line = PlanProgressView.Describe(new TurnusProgress(1_015_483, 0, 1, TimeSpan.FromSeconds(5.5), 1, Empty));

        Assert.Equal("[   5.5 s] plan #1: mål 1 015 483 kr, nedre grense beregnes ennå", line.Replace('\u00a0', ' '));
    }

    [Fact]
    public void A_plan_with_a_bound_shows_the_bound_and_the_gap()
    {
        var line = PlanProgressView.Describe(new TurnusProgress(746_536, 612_153, 0.18, TimeSpan.FromSeconds(40), 12, Empty));

        Assert.Equal("[  40.0 s] plan #12: mål 746 536 kr, grense 612 153 kr, avstand 18,0 %", line.Replace('\u00a0', ' '));
    }

    [Fact]
    public void A_job_without_a_bound_yet_says_so_and_one_with_a_bound_shows_its_gap()
    {
        var early = Job(objective: 1_015_483, bound: 0, gap: 1);
        var later = Job(objective: 746_536, bound: 612_153, gap: 0.18);

        Assert.Contains("mål 1 015 483 kr, nedre grense beregnes ennå, 3 planer", JobText.Describe(early).Replace('\u00a0', ' '));
        Assert.Contains("mål 746 536 kr, avstand 18,0 %, 3 planer", JobText.Describe(later).Replace('\u00a0', ' '));
    }

    private static JobSnapshot Job(double objective, double bound, double gap) => new(
        "job-1", "u", null, JobState.Solving, 7, null, false, 1, "silo-1", 60, DateTimeOffset.UnixEpoch, null,
        objective, bound, gap, TimeSpan.FromSeconds(20), 3, null);
}
