using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Torn;
using Velferd.Turnus.Domain.Torn.Districts;
using Velferd.Turnus.Solver.Torn;
using Velferd.Turnus.Solver.Torn.Districts;

namespace Velferd.Turnus.Solver.Tests.Torn;

/// <summary>
/// The district solve, judged from its output with the tests' own arithmetic: the fagteam is never in two units at
/// once and never skips travel, works only where it is, and the sample district needs fewer nurse hours shared.
/// </summary>
public sealed class DistrictTests(SampleDistrictResult sample) : IClassFixture<SampleDistrictResult>
{
    [Fact]
    public void The_sample_district_has_at_least_three_units_and_a_shared_nurse_team()
    {
        Assert.True(sample.District.Units.Count >= 3);
        Assert.Contains(sample.District.Fagteam.Competence, new[] { Competence.Sykepleier, Competence.Vernepleier });
        Assert.True(sample.Result.HasSplit);
        Assert.Empty(sample.Result.Breaches);
    }

    [Fact]
    public void The_fagteam_is_never_at_two_units_at_once()
    {
        var schedule = sample.Result.Split!.Schedule;
        for (var member = 0; member < schedule.Members; member++)
            for (var slot = 0; slot < SlotGrid.SlotsPerWeek; slot++)
            {
                Assert.True(schedule.UnitsAt(member, slot).Count <= 1, $"member {member} in {string.Join(", ", schedule.UnitsAt(member, slot))} at slot {slot}");
                if (schedule.UnitsAt(member, slot).Count > 0)
                    Assert.True(schedule.OnDuty(member, slot), $"member {member} at a unit off duty at slot {slot}");
            }
    }

    [Fact]
    public void The_fagteam_never_skips_travel()
    {
        var district = sample.District;
        var schedule = sample.Result.Split!.Schedule;
        var changes = 0;
        for (var member = 0; member < schedule.Members; member++)
        {
            var places = Enumerable.Range(0, SlotGrid.SlotsPerWeek).Select(slot => schedule.UnitsAt(member, slot).SingleOrDefault()).ToArray();
            for (var slot = 0; slot < SlotGrid.SlotsPerWeek; slot++)
            {
                if (places[slot] is not { } from)
                    continue;
                // The next slot at any unit after leaving this one: a different unit needs the travel time in between.
                var next = Enumerable.Range(1, SlotGrid.SlotsPerWeek - 1).Select(step => (step, unit: places[(slot + step) % SlotGrid.SlotsPerWeek])).First(item => item.unit is not null);
                if (next.unit == from)
                    continue;
                changes++;
                var gapMinutes = (next.step - 1) * SlotGrid.SlotMinutes;
                Assert.True(gapMinutes >= district.Travel.Minutes(from, next.unit!), $"member {member}: {from} → {next.unit} in {gapMinutes} min");
            }
        }
        Assert.True(changes > 0, "the fagteam never moved between units, so travel was never tested");
    }

    [Fact]
    public void The_fagteam_travels_from_and_back_to_its_base()
    {
        var district = sample.District;
        var home = district.Fagteam.BaseUnitId!;
        var schedule = sample.Result.Split!.Schedule;
        for (var member = 0; member < schedule.Members; member++)
        {
            var onDuty = Enumerable.Range(0, SlotGrid.SlotsPerWeek).Select(slot => schedule.OnDuty(member, slot)).ToArray();
            for (var slot = 0; slot < SlotGrid.SlotsPerWeek; slot++)
            {
                if (schedule.UnitsAt(member, slot).SingleOrDefault() is not { } unit || unit == home)
                    continue;
                var since = Enumerable.Range(0, SlotGrid.SlotsPerWeek).TakeWhile(back => onDuty[(slot - back + SlotGrid.SlotsPerWeek) % SlotGrid.SlotsPerWeek]).Count() - 1;
                var until = Enumerable.Range(0, SlotGrid.SlotsPerWeek).TakeWhile(ahead => onDuty[(slot + ahead) % SlotGrid.SlotsPerWeek]).Count() - 1;
                Assert.True(since * SlotGrid.SlotMinutes >= district.Travel.Minutes(home, unit), $"member {member} at {unit} {since * 15} min after the shift starts");
                Assert.True(until * SlotGrid.SlotMinutes >= district.Travel.Minutes(unit, home), $"member {member} at {unit} {until * 15} min before the shift ends");
            }
        }
    }

    [Fact]
    public void The_fagteam_works_only_where_and_while_it_is()
    {
        var split = sample.Result.Split!;
        foreach (var place in split.Work.GroupBy(item => (item.UnitId, item.WeekSlot)))
        {
            var input = split.Units.Single(unit => unit.Unit.Unit.Id == place.Key.UnitId).Input;
            var staffMinutes = place.Sum(item => item.Minutes * input.Catalogue[item.Task].Uplift(input.Unit.DirectTimeShare));
            Assert.True(staffMinutes <= split.Schedule.PresentAt(place.Key.UnitId, place.Key.WeekSlot) * SlotGrid.SlotMinutes + 1e-6);
            Assert.All(place, item => Assert.True(input.Catalogue[item.Task].Fagteam && IndependentRules.MayDo(Performer.Sykepleier, input.Catalogue[item.Task])));
        }
        Assert.NotEmpty(split.Work);
    }

    [Fact]
    public void Every_task_minute_is_done_once_by_the_unit_or_the_fagteam()
    {
        var split = sample.Result.Split!;
        foreach (var unit in split.Units)
            for (var task = 0; task < unit.Input.Catalogue.Count; task++)
            {
                var byUnit = Performers.All.Sum(performer => unit.Alone.TaskMinutes(task, performer) - unit.TakenByFagteam.TaskMinutes(task, performer));
                var byFagteam = split.Work.Where(item => item.UnitId == unit.Unit.Unit.Id && item.Task == task).Sum(item => item.Minutes);
                Assert.Equal(IndependentRules.CatalogueMinutes(unit.Input.Catalogue[task], unit.Input.Unit.Residents.Count), byUnit + byFagteam, 6);
            }
    }

    [Fact]
    public void The_sample_district_needs_fewer_nurse_hours_with_the_shared_team_than_its_units_alone()
    {
        var split = sample.Result.Split!;
        var alone = split.Units.Sum(unit => IndependentRules.NurseHours(unit.AloneCurve));
        var shared = split.Units.Sum(unit => IndependentRules.NurseHours(unit.SharedCurve)) + IndependentRules.NurseHours(split.FagteamCurve);

        Assert.True(shared < alone, $"shared {shared:0.0} h is not below alone {alone:0.0} h");
        var figures = sample.Result.Figures!;
        Assert.Equal(alone, figures.NurseHoursAlone, 3);
        Assert.Equal(shared, figures.NurseHoursShared, 3);
        Assert.True(figures.CostSharedPerWeek < figures.CostAlonePerWeek);
        Assert.All(split.Units, unit => Assert.True(IndependentRules.NurseHours(unit.SharedCurve) < IndependentRules.NurseHours(unit.AloneCurve)));
    }

    [Fact]
    public void The_fagteam_curve_is_its_members_on_duty()
    {
        var split = sample.Result.Split!;
        for (var slot = 0; slot < SlotGrid.SlotsPerWeek; slot++)
            Assert.Equal(split.Schedule.OnDutyCount(slot), split.FagteamCurve.Desired(slot, sample.District.Fagteam.Competence));
        Assert.Equal(split.Schedule.OnDutyHours, IndependentRules.NurseHours(split.FagteamCurve), 6);
    }
}

/// <summary>The sample district solved once for all its tests.</summary>
public sealed class SampleDistrictResult
{
    public SampleDistrictResult()
    {
        District = SampleUnits.District();
        Result = DistrictSolver.Solve(District, new TornOptions { TimeLimit = TimeSpan.FromSeconds(20), Workers = 2, Seed = 1 });
    }

    public District District { get; }

    public DistrictResult Result { get; }
}
