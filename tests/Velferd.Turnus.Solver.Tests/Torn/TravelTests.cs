using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Costs;
using Velferd.Turnus.Domain.Rules;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Torn.Districts;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Solver.Torn;
using Velferd.Turnus.Solver.Torn.Districts;

namespace Velferd.Turnus.Solver.Tests.Torn;

/// <summary>
/// Two units whose medicine rounds fall in the same hour, far apart: one fagteam member cannot do both rounds, and
/// with the units close together she can. Travel is a sequencing constraint, not a cost.
/// </summary>
public sealed class TravelTests
{
    [Theory]
    [InlineData(45)]
    [InlineData(0)]
    public void One_member_serves_both_rounds_only_when_travel_allows(int travelMinutes)
    {
        var district = TwoUnits(travelMinutes);
        var result = DistrictSolver.Solve(district, new TornOptions { TimeLimit = TimeSpan.FromSeconds(20), Workers = 2, Seed = 1 });

        Assert.Empty(result.Breaches);
        var split = result.Split!;
        var servedOnMonday = split.Work.Where(item => SlotGrid.DayOf(item.WeekSlot) == Weekday.Monday).Select(item => item.UnitId).Distinct().Count();
        if (travelMinutes > 30)
            Assert.True(servedOnMonday <= 1, $"{servedOnMonday} units served in one hour with {travelMinutes} min between them");
        else
            Assert.Equal(2, servedOnMonday);
    }

    private static District TwoUnits(int travelMinutes)
    {
        var fagteam = new Fagteam("ft", "Fagteam", Competence.Sykepleier, 5, 1, null, 1,
            [new FagteamShift(new ShiftDefinition("F", "Fagteam", ClockTime.Parse("07:45"), ClockTime.Parse("09:15"), 0, ShiftCategory.Day), WeekdayNames.All)]);
        return new District("d", "Distrikt", [Unit("a"), Unit("b")], fagteam, new TravelTimes([("a", "b", travelMinutes)]));
    }

    /// <summary>Two residents whose 15-minute medicine round is between 08:00 and 09:00; a nurse on duty that the fagteam replaces.</summary>
    private static DistrictUnit Unit(string id)
    {
        var window = new TimeWindow(ClockTime.Parse("08:00"), ClockTime.Parse("09:00"));
        var residents = Enumerable.Range(1, 2).Select(i => new Resident($"{id}{i}", $"Beboer {i}",
            [new Vedtak($"{id}{i}-med", "Legemidler", 1.75, WeekdayNames.All, [window], 1, Competence.Sykepleier, NightCover.Awake, [])])).ToList();
        var nurse = new BaseStaffingRule("spl", "Sykepleier på vakt", WeekdayNames.All, window, Competence.Sykepleier, 1, NightCover.Awake);
        var medicine = new CareTask("legemidler", "Legemidler", 15, 1, 0, WeekdayNames.All, [window], [Competence.Sykepleier], false, true);
        var employees = new[] { new Employee($"{id}-spl", "Sykepleier", Competence.Sykepleier, 100, null, 3, NightWork.No, false, false, [], []) };
        var unit = new Unit(id, id, UnitKind.Bofellesskap, 1, [], residents, [nurse], employees, [], RuleSet.Default, CostProfiles.Default) { Tasks = [medicine] };
        return new DistrictUnit(unit, ["spl"]);
    }
}
