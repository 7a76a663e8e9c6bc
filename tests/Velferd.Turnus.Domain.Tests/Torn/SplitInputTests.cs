using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Torn;
using Velferd.Turnus.Domain.Units;
using static Velferd.Turnus.Domain.Tests.Torn.TornUnits;

namespace Velferd.Turnus.Domain.Tests.Torn;

/// <summary>The reconciliation of catalogue and vedtak: task load, segments, today's allocation and the curves it gives.</summary>
public sealed class SplitInputTests
{
    [Fact]
    public void A_task_s_day_is_shared_between_its_windows_and_spread_within_each()
    {
        var task = new CareTask("med", "med", 10, 3, 0, WeekdayNames.All, [Window("08:00", "09:00"), Window("20:00", "20:30")],
            [Competence.Sykepleier], false, false);

        var minutes = TaskLoad.MinutesPerSlot(task, residents: 2);

        Assert.Equal(60 * 7, minutes.Sum(), 6);
        Assert.Equal(30.0 / 4, minutes[SlotGrid.WeekSlot(Weekday.Monday, 32)], 6); // 08:00: half the day's 60 minutes over four slots
        Assert.Equal(30.0 / 2, minutes[SlotGrid.WeekSlot(Weekday.Monday, 80)], 6); // 20:00: the other half over two slots
        Assert.Equal(0, minutes[SlotGrid.WeekSlot(Weekday.Monday, 36)]);
    }

    [Fact]
    public void Segments_hold_whole_minutes_that_add_up_to_the_catalogue()
    {
        var task = Task("t", 7, 0.5, Window("07:00", "11:00"), [Competence.Helsefagarbeider]);
        var unit = Unit(vedtak: [Vedtak(10, Window("07:00", "11:00"), Competence.Helsefagarbeider), Vedtak(5, Window("08:00", "09:00"), Competence.Sykepleier)], tasks: [task]);

        var input = TaskSplitInput.Of(unit);

        Assert.Equal(Math.Round(7 * 0.5 * 2 * 7.0), input.Segments.Sum(segment => segment.TaskMinutes[0]));
        Assert.All(input.Segments, segment => Assert.Equal(SlotGrid.DayOf(segment.FirstSlot), SlotGrid.DayOf(segment.FirstSlot + segment.SlotCount - 1)));
    }

    [Fact]
    public void Today_each_task_sits_at_the_highest_competence_whose_vedtak_load_is_in_its_window()
    {
        // A nurse vedtak 08:00–08:30 and a 07:00–09:00 round: the round is found in the nurse's load although the windows differ.
        var medicine = Task("med", 10, 1, Window("07:00", "09:00"), [Competence.Sykepleier, Competence.Vernepleier], delegated: true);
        var unit = Unit(vedtak: [Vedtak(70.0 / 60 * 7 / 7, Window("08:00", "08:30"), Competence.Sykepleier)],
            employees: [Employee(Competence.Sykepleier), Employee(Competence.Helsefagarbeider, delegated: true)], tasks: [medicine]);

        var input = TaskSplitInput.Of(unit);

        Assert.Equal(70, input.Today.FromPool.TaskMinutes(0, Performer.Sykepleier), 6);
        Assert.Equal(0, input.Today.BeyondVedtak.TaskMinutes(0), 6);
    }

    [Fact]
    public void Catalogue_work_the_vedtak_cannot_hold_goes_to_the_lowest_permitted_profession_the_unit_has()
    {
        var laundry = Task("vask", 60, 1, Window("10:00", "12:00"), [Competence.Servicemedarbeider]);
        // 3,5 h a week in 10:00–11:00 is half an hour a day: the other half of the hour's laundry is beyond the vedtak.
        var unit = Unit(vedtak: [Vedtak(3.5, Window("10:00", "11:00"), Competence.Helsefagarbeider)],
            employees: [Employee(Competence.Helsefagarbeider), Employee(Competence.Assistent)], tasks: [laundry]);

        var input = TaskSplitInput.Of(unit);

        Assert.Equal(30 * 7, input.Today.FromPool.TaskMinutes(0, Performer.Helsefagarbeider), 6);
        Assert.Equal(30 * 7, input.Today.BeyondVedtak.TaskMinutes(0, Performer.Assistent), 6);
        Assert.Equal(60 * 7, input.WeeklyMinutes(0));
    }

    [Fact]
    public void Today_never_gives_delegated_staff_more_than_their_hours()
    {
        var medicine = Task("med", 30, 2, Window("08:00", "12:00"), [Competence.Sykepleier], delegated: true);
        var unit = Unit(vedtak: [Vedtak(40, Window("08:00", "12:00"), Competence.Helsefagarbeider)],
            employees: [Employee(Competence.Helsefagarbeider, 20, delegated: true), Employee(Competence.Sykepleier)], tasks: [medicine, ]) with
        {
            Residents = Enumerable.Range(0, 4).Select(i => new Resident($"r{i}", "b", [Vedtak(10, Window("08:00", "12:00"), Competence.Helsefagarbeider)])).ToList(),
        };

        var input = TaskSplitInput.Of(unit);

        Assert.True(input.Today.Before.TaskMinutes(0, Performer.DelegertHelsefagarbeider) / 60 <= input.Capacity.DelegatedHfaHours + 1e-6);
        Assert.Empty(TaskSplitChecker.Check(input, input.Today.Before));
    }

    [Fact]
    public void The_after_curve_moves_competence_and_keeps_the_week_s_hours()
    {
        var care = Task("stell", 30, 1, Window("07:00", "09:00"), [Competence.Helsefagarbeider]);
        var unit = Unit(directTimeShare: 0.65, vedtak: [Vedtak(7, Window("07:00", "09:00"), Competence.Sykepleier)],
            employees: [Employee(Competence.Sykepleier), Employee(Competence.Helsefagarbeider)], tasks: [care]);
        var input = TaskSplitInput.Of(unit);
        var split = new TaskAllocation(input.Segments.Count, 1);
        foreach (var segment in input.Segments)
            split.Add(segment.Index, 0, Performer.Helsefagarbeider, segment.TaskMinutes[0]);

        var before = SplitCurves.Before(input);
        var after = SplitCurves.After(input, split);

        Assert.Equal(before.TotalStaffHoursPerWeek, after.TotalStaffHoursPerWeek, 6);
        Assert.Equal(3.5 / 0.65, after.DesiredStaffHoursPerWeek(Competence.Helsefagarbeider), 6); // 30 minutes a day of care, with indirect time
        Assert.Equal(before.DesiredStaffHoursPerWeek(Competence.Sykepleier) - 3.5 / 0.65, after.DesiredStaffHoursPerWeek(Competence.Sykepleier), 6);
        Assert.Empty(TaskSplitChecker.Check(input, split));
    }

    [Fact]
    public void The_checker_finds_a_forbidden_performer_and_missing_minutes()
    {
        var care = Task("stell", 30, 1, Window("07:00", "09:00"), [Competence.Helsefagarbeider]);
        var unit = Unit(vedtak: [Vedtak(7, Window("07:00", "09:00"), Competence.Helsefagarbeider)], employees: [Employee(Competence.Helsefagarbeider)], tasks: [care]);
        var input = TaskSplitInput.Of(unit);
        var wrong = new TaskAllocation(input.Segments.Count, 1);
        wrong.Add(0, 0, Performer.Assistent, input.Segments[0].TaskMinutes[0]);

        var breaches = TaskSplitChecker.Check(input, wrong);

        Assert.Contains(breaches, breach => breach.Contains("ASS") && breach.Contains("ikke har lov"));
        Assert.Contains(breaches, breach => breach.Contains("per uke fordelt"));
    }
}
