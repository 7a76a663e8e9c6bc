using Velferd.Turnus.Domain.Planning;

namespace Velferd.Turnus.Domain.Checking.Measures;

/// <summary>The soft, personal side of a plan: wishes met, isolated days off and working days, quick returns.</summary>
public sealed record PersonalSummary(
    int WishDays,
    int WishDaysMet,
    int WishWeight,
    int WishWeightMet,
    int IsolatedDaysOff,
    int IsolatedWorkDays,
    int QuickReturns,
    IReadOnlyList<PersonalFinding> Findings)
{
    public double WishShareMet => WishWeight == 0 ? 1 : (double)WishWeightMet / WishWeight;
}

/// <summary>One soft finding for one person on one day, for the rule report.</summary>
public sealed record PersonalFinding(string EmployeeId, int Day, string Kind, string Message);

public static class PersonalMeasures
{
    public static PersonalSummary Measure(CheckContext context)
    {
        var findings = new List<PersonalFinding>();
        int wishDays = 0, wishMet = 0, weight = 0, weightMet = 0, isolatedOff = 0, isolatedWork = 0, quick = 0;
        var roster = context.Roster;
        foreach (var timeline in context.Timelines)
        {
            var person = timeline.StaffIndex;
            var employee = timeline.Employee;
            for (var day = 0; day < context.Days; day++)
            {
                var code = roster.ShiftOn(person, day)?.Code;
                foreach (var wish in employee.Wishes.Where(wish => wish.AppliesToDay(RotationCalendar.WeekOf(day), RotationCalendar.WeekdayOf(day))))
                {
                    wishDays++;
                    weight += wish.Weight;
                    if (wish.IsMetBy(code))
                    {
                        wishMet++;
                        weightMet += wish.Weight;
                    }
                }
                bool before = roster.Works(person, day - 1), today = roster.Works(person, day), after = roster.Works(person, day + 1);
                if (!today && before && after)
                {
                    isolatedOff++;
                    findings.Add(new PersonalFinding(employee.Id, day, "enkeltfridag", $"fri bare {DayNames.Describe(day)} mellom to arbeidsdager"));
                }
                if (today && !before && !after)
                {
                    isolatedWork++;
                    findings.Add(new PersonalFinding(employee.Id, day, "enkeltvakt", $"én arbeidsdag alene {DayNames.Describe(day)}"));
                }
            }
            var quickLimit = (int)Math.Round(context.Rules.QuickReturnHours * 60);
            foreach (var (current, next, nextStart) in timeline.ConsecutivePairs())
            {
                var rest = nextStart - current.End;
                if (rest < quickLimit && next.Day != current.Day)
                {
                    quick++;
                    findings.Add(new PersonalFinding(employee.Id, next.Day, "rask retur",
                        $"{DayNames.Hours(rest)} fri mellom {current.Shift.Code} og {next.Shift.Code} {DayNames.Describe(next.Day)}"));
                }
            }
        }
        return new PersonalSummary(wishDays, wishMet, weight, weightMet, isolatedOff, isolatedWork, quick, findings);
    }
}
