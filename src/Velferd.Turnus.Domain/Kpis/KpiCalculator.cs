using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Domain.Rules;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Domain.Kpis;

/// <summary>
/// Computes a plan's key figures from the roster and the checker's coverage measure.
/// Definitions (docs/kpis.md): heltid = 100 % position; helgestilling = position of at most
/// <see cref="HelgestillingMaxPercent"/> % with at least half its hours at weekends.
/// </summary>
public static class KpiCalculator
{
    public const double HelgestillingMaxPercent = 40;

    public static PlanKpis Calculate(Unit unit, Plan plan) => Calculate(unit, plan, DemandEngine.Build(unit));

    public static PlanKpis Calculate(Unit unit, Plan plan, StaffingCurve demand)
    {
        var context = new CheckContext(Roster.Build(plan.Scenario.ApplyTo(unit), plan), demand);
        var coverage = Checking.Measures.CoverageMeasure.Measure(context);
        var weeks = plan.RotationWeeks;
        var costs = unit.Costs;
        var rules = unit.Rules;
        var vacancies = unit.Vacancies.Select(vacancy => vacancy.Id).ToHashSet();

        var people = context.Timelines.Select(timeline => Person(timeline, weeks, costs, vacancies)).ToList();
        var basePay = context.Roster.Staff.Sum(employee =>
            employee.Stillingsprosent / 100 * costs.AnnualWage[employee.Competence] * (1 + costs.SocialCostShare) / 52);
        var eveningNight = people.Sum(person => person.EveningNightHoursPerWeek) * costs.EveningNightSupplementPerHour * (1 + costs.SocialCostShare);
        var weekend = people.Sum(person => person.WeekendHoursPerWeek) * costs.WeekendSupplementPerHour * (1 + costs.SocialCostShare);
        var uncoveredPerWeek = coverage.UncoveredByCompetence.ToDictionary(pair => pair.Key, pair => pair.Value / weeks);
        var alternatives = new CoverAlternatives(
            Vikar: uncoveredPerWeek.Sum(pair => pair.Value * costs.VikarHour(pair.Key)),
            Overtime: uncoveredPerWeek.Sum(pair => pair.Value * costs.HourlyEmployerCost(pair.Key, rules.FullTimeHoursPerWeek) * costs.OvertimeFactor),
            Agency: uncoveredPerWeek.Sum(pair => pair.Value * costs.AgencyHourlyCost[pair.Key]));

        var staff = context.Roster.Staff;
        var fullTime = staff.Count(employee => employee.Stillingsprosent >= 100 - 1e-9);
        return new PlanKpis(
            StaffCount: staff.Count,
            FullTimeCount: fullTime,
            HeltidShare: staff.Count == 0 ? 0 : (double)fullTime / staff.Count,
            FullTimeEquivalents: staff.Sum(employee => employee.Stillingsprosent) / 100,
            AveragePositionPercent: staff.Count == 0 ? 0 : staff.Average(employee => employee.Stillingsprosent),
            Helgestillinger: people.Count(person => person.IsHelgestilling),
            // A vacancy below its largest size is room to grow, not uønsket deltid: that is an employee's wish.
            UnwantedPartTimeCount: staff.Count(employee => employee.WantsLargerPosition && !vacancies.Contains(employee.Id)),
            WeekendHoursPerPersonPerWeek: people.Count == 0 ? 0 : people.Average(person => person.WeekendHoursPerWeek),
            People: people,
            CoverageShare: coverage.CoverageShare,
            UncoveredStaffHoursPerWeek: coverage.UncoveredStaffHours / weeks,
            UncoveredHoursPerWeekByCompetence: uncoveredPerWeek,
            CostPerWeek: new CostBreakdown(basePay, eveningNight, weekend, alternatives.Vikar, Overtime: 0),
            UncoveredCostAlternativesPerWeek: alternatives,
            CostProfileId: costs.Id,
            CostProfileYear: costs.Year);
    }

    private static PersonKpis Person(WorkTimeline timeline, int weeks, Costs.CostProfile costs, ISet<string> vacancies)
    {
        double weekendMinutes = 0, eveningNightMinutes = 0;
        var weekendsWorked = new HashSet<int>();
        foreach (var interval in timeline.Intervals)
        {
            var paidShare = (double)interval.CountedMinutes / interval.Shift.DurationMinutes;
            for (var week = 0; week < weeks; week++)
            {
                var (start, end) = WorkingTime.Weekend(week);
                var overlap = WorkingTime.Overlap(interval.Start, interval.End, start, end, timeline.Horizon);
                if (overlap <= 0)
                    continue;
                weekendMinutes += overlap * paidShare;
                weekendsWorked.Add(week);
            }
            eveningNightMinutes += WorkingTime.EveningNightMinutes(interval.Shift, costs.EveningStartHour, costs.NightEndHour) * paidShare;
        }
        var employee = timeline.Employee;
        var hoursPerWeek = timeline.TotalCountedMinutes / 60.0 / weeks;
        var weekendPerWeek = weekendMinutes / 60 / weeks;
        return new PersonKpis(
            employee.Id, employee.Name, employee.Competence, employee.Stillingsprosent, vacancies.Contains(employee.Id),
            hoursPerWeek, weekendPerWeek, eveningNightMinutes / 60 / weeks, weekendsWorked.Count,
            timeline.Intervals.Count(interval => interval.Shift.Category == ShiftCategory.Evening),
            timeline.Intervals.Count(interval => interval.Shift.IsNightCategory),
            IsHelgestilling: employee.Stillingsprosent <= HelgestillingMaxPercent && hoursPerWeek > 0 && weekendPerWeek >= hoursPerWeek / 2);
    }
}
