using Velferd.Turnus.Domain.Torn;
using Velferd.Turnus.Solver.Modelling;
using Velferd.Turnus.Solver.Torn;

namespace Velferd.Turnus.Solver.Tests.Torn;

/// <summary>
/// The split's hard promises, judged from its output by <see cref="IndependentRules"/>: nobody gets a task their
/// profession may not do, every catalogue minute is given out, delegated work fits the delegated staff.
/// </summary>
public sealed class SplitRulesTests
{
    private static readonly TornOptions Quick = new() { TimeLimit = TimeSpan.FromSeconds(15), Workers = 2, Seed = 1 };

    public static TheoryData<string> Samples => new()
    {
        "bofellesskap-solsiden.json", "bofellesskap-psykisk-helse.json", "sykehjem-avdeling-20.json", "hjemmetjeneste-sone.json",
        "district/lia-bofellesskap.json", "district/bergtun-bofellesskap.json", "district/granly-bofellesskap.json",
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_task_is_never_given_to_a_profession_that_may_not_do_it(string sample)
    {
        var result = TaskSplitSolver.Solve(SampleUnits.Read(sample), Quick);

        Assert.True(result.HasSplit, $"no split: {result.Status}");
        foreach (var (segment, task, performer, minutes) in result.Split!.Entries().Where(entry => entry.Minutes > 0))
            Assert.True(IndependentRules.MayDo(performer, result.Input.Catalogue[task]),
                $"{minutes} min of {result.Input.Catalogue[task].Id} given to {performer} in {result.Input.Segments[segment]}");
        Assert.Empty(result.Breaches);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_split_gives_out_exactly_the_catalogue_minutes(string sample)
    {
        var result = TaskSplitSolver.Solve(SampleUnits.Read(sample), Quick);

        var residents = result.Input.Unit.Residents.Count;
        for (var task = 0; task < result.Input.Catalogue.Count; task++)
        {
            var given = Performers.All.Sum(performer => result.Split!.TaskMinutes(task, performer));
            Assert.Equal(IndependentRules.CatalogueMinutes(result.Input.Catalogue[task], residents), given, 6);
        }
        var catalogueTotal = result.Input.Catalogue.Sum(task => IndependentRules.CatalogueMinutes(task, residents));
        Assert.Equal(catalogueTotal, result.Figures!.Tasks.Sum(task => task.MinutesAfter.Values.Sum()), 6);
        Assert.Equal(catalogueTotal, result.Figures.Tasks.Sum(task => task.MinutesBefore.Values.Sum()), 6);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_week_has_the_same_staff_hours_before_and_after(string sample)
    {
        var result = TaskSplitSolver.Solve(SampleUnits.Read(sample), Quick);

        Assert.Equal(IndependentRules.TotalHours(result.BeforeCurve), IndependentRules.TotalHours(result.AfterCurve!), 3);
        Assert.Equal(IndependentRules.NurseHours(result.BeforeCurve) - IndependentRules.NurseHours(result.AfterCurve!), result.Figures!.NurseHoursFreed, 3);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Delegated_work_fits_the_hours_of_helsefagarbeidere_with_delegation(string sample)
    {
        var unit = SampleUnits.Read(sample);
        var result = TaskSplitSolver.Solve(unit, Quick);

        var delegatedStaffHours = unit.Employees.Where(employee => employee.DelegatedMedication && employee.Competence == Domain.Competences.Competence.Helsefagarbeider)
            .Sum(employee => employee.Stillingsprosent / 100 * unit.Rules.FullTimeHoursPerWeek);
        var delegatedWork = Enumerable.Range(0, result.Input.Catalogue.Count)
            .Sum(task => result.Split!.TaskMinutes(task, Performer.DelegertHelsefagarbeider) * result.Input.Catalogue[task].Uplift(unit.DirectTimeShare)) / 60;
        Assert.True(delegatedWork <= delegatedStaffHours + 1e-6, $"{delegatedWork:0.0} h delegated work, {delegatedStaffHours:0.0} h delegated staff");
    }

    [Fact]
    public void Randomised_units_and_catalogues_keep_the_rules()
    {
        var random = new Random(20_240_611);
        for (var round = 0; round < 25; round++)
        {
            var unit = RandomUnits.Next(random);
            var result = TaskSplitSolver.Solve(unit, Quick with { TimeLimit = TimeSpan.FromSeconds(5) });

            Assert.True(result.HasSplit, $"round {round}: no split ({result.Status})");
            foreach (var (_, task, performer, _) in result.Split!.Entries().Where(entry => entry.Minutes > 0))
                Assert.True(IndependentRules.MayDo(performer, result.Input.Catalogue[task]), $"round {round}: {result.Input.Catalogue[task].Id} to {performer}");
            for (var task = 0; task < result.Input.Catalogue.Count; task++)
                Assert.Equal(IndependentRules.CatalogueMinutes(result.Input.Catalogue[task], unit.Residents.Count), result.Split.TaskMinutes(task), 6);
            Assert.Empty(result.Breaches);
            Assert.Equal(IndependentRules.TotalHours(result.BeforeCurve), IndependentRules.TotalHours(result.AfterCurve!), 3);
        }
    }

    [Fact]
    public void Nurses_keep_only_work_others_may_not_do_when_others_can_be_recruited()
    {
        var result = TaskSplitSolver.Solve(SampleUnits.Read("bofellesskap-solsiden.json"), Quick);

        Assert.Equal(SolveStatus.Optimal, result.Status);
        foreach (var (_, task, performer, minutes) in result.Split!.Entries().Where(entry => entry.Minutes > 0 && entry.Performer.IsNurseLevel()))
        {
            var catalogueTask = result.Input.Catalogue[task];
            var othersMay = Performers.All.Where(other => !other.IsNurseLevel() && other != Performer.DelegertHelsefagarbeider)
                .Any(other => IndependentRules.MayDo(other, catalogueTask));
            Assert.False(othersMay, $"{minutes} min of {catalogueTask.Id} left with {performer}");
        }
        Assert.True(result.Figures!.NurseHoursFreed > 10);
        Assert.True(result.Figures.CostPerWeekAfter < result.Figures.CostPerWeekBefore);
    }
}
