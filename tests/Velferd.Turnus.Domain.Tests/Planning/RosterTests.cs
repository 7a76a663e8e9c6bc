using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Costs;
using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Domain.Rules;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Domain.Tests.Planning;

public sealed class RosterTests
{
    private static readonly ShiftDefinition Day = new("D", "Dagvakt", ClockTime.Parse("07:00"), ClockTime.Parse("15:00"), 0, ShiftCategory.Day);
    private static readonly ShiftDefinition Night = new("N", "Natt", ClockTime.Parse("22:00"), ClockTime.Parse("07:00"), 0, ShiftCategory.Night);

    private static Unit Unit() => new("u", "Test", UnitKind.Bofellesskap, 0.65, [Day, Night], [], [],
        [new Employee("a1", "Anne", Competence.Helsefagarbeider, 100, null, 3, NightWork.Yes, false, false, [], [])],
        [new Vacancy("ledig", Competence.Sykepleier, 0, 100, 3, NightWork.Yes, false), new Vacancy("tom", Competence.Assistent, 0, 50, 3, NightWork.No, false)],
        RuleSet.Default, CostProfiles.Default);

    [Fact]
    public void Places_assignments_and_wraps_days_around_the_rotation()
    {
        var plan = new Plan("u", 2, [new PlanPosition("ledig", 60, true), new PlanPosition("tom", 0, true)],
            [new ShiftAssignment("a1", 0, "D"), new ShiftAssignment("ledig", 13, "N")]);

        var roster = Roster.Build(Unit(), plan);

        Assert.Empty(roster.Problems);
        Assert.Equal(["a1", "ledig"], roster.Staff.Select(employee => employee.Id));   // a 0 % vacancy is left out
        Assert.Equal(60, roster.Staff[1].Stillingsprosent);
        Assert.Equal(Day, roster.ShiftOn(0, 0));
        Assert.Equal(Day, roster.ShiftOn(0, 14));     // day 14 of a 2-week rotation is day 0 again
        Assert.Equal(Night, roster.ShiftOn(1, -1));   // the day before day 0 is the last day
        Assert.False(roster.Works(0, 1));
        Assert.Equal(1, roster.IndexOf("ledig"));
        Assert.Equal(-1, roster.IndexOf("x"));
    }

    [Fact]
    public void Reports_assignments_it_cannot_place()
    {
        var plan = new Plan("u", 1, [], [
            new ShiftAssignment("x", 0, "D"),
            new ShiftAssignment("a1", 0, "Q"),
            new ShiftAssignment("a1", 7, "D"),
            new ShiftAssignment("a1", 2, "D"),
            new ShiftAssignment("a1", 2, "N"),
        ]);

        var roster = Roster.Build(Unit(), plan);

        Assert.Equal(
            [
                "ukjent ansatt 'x'",
                "ukjent vaktkode 'Q' for a1",
                "dag 7 er utenfor turnusen (0–6) for a1",
                "a1 har to vakter dag 3",
            ],
            roster.Problems);
    }

    [Fact]
    public void The_calendar_counts_days_from_monday_of_week_1()
    {
        var calendar = new RotationCalendar(6);

        Assert.Equal(42, calendar.Days);
        Assert.Equal(42 * 1440, calendar.HorizonMinutes);
        Assert.Equal(Weekday.Sunday, RotationCalendar.WeekdayOf(13));
        Assert.Equal(1, RotationCalendar.WeekOf(13));
        Assert.Equal(41, calendar.Wrap(-1));
        Assert.Equal([5, 12, 19, 26, 33, 40], calendar.DaysOf(Weekday.Saturday));
        Assert.Equal(1440 + 22 * 60, RotationCalendar.StartMinute(1, Night));
        Assert.Equal(2 * 1440 + 7 * 60, RotationCalendar.EndMinute(1, Night));
    }
}
