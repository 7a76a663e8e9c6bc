using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Domain.Rules;

namespace Velferd.Turnus.Solver.Turnus.Rules;

/// <summary>
/// Twin of the checker's WeeklyRest (AML §10-8 (2)): every calendar week holds weeklyRestHours of continuous
/// rest. A longest free stretch can always be moved to start at the week's start or at the end of some shift,
/// so the candidates are those times; choosing a candidate forbids every shift overlapping its stretch.
/// Candidates whose forbidden shifts include another candidate's are dropped (the other is always as good).
/// </summary>
internal static class WeeklyRest
{
    public static void Add(TurnusModelContext context)
    {
        var length = (int)Math.Round(context.Rules.WeeklyRestHours * 60);
        foreach (var person in context.People)
        {
            for (var week = 0; week < context.Weeks; week++)
            {
                var guard = context.Guards.For(context.Model, RuleId.WeeklyRest, person.Id, week * 7,
                    $"ukentlig hvile {DayNames.Number(context.Rules.WeeklyRestHours)} t i uke {week + 1} for {person.Id}");
                var candidates = Candidates(context, person.Index, week, length);
                if (candidates.Any(blocked => blocked.Count == 0))
                    continue; // some stretch is free whatever is worked
                var choices = new List<ILiteral>();
                foreach (var blocked in candidates)
                {
                    var choice = context.Model.NewBoolVar($"weeklyrest_{person.Id}_{week}_{choices.Count}");
                    foreach (var variable in blocked)
                        context.Model.AddImplication(choice, variable.Not());
                    choices.Add(choice);
                }
                context.Model.AddBoolOr(choices).When(guard);
            }
        }
    }

    /// <summary>For each candidate stretch inside the week, the shift variables that would break it (minimal sets only).</summary>
    private static List<List<BoolVar>> Candidates(TurnusModelContext context, int person, int week, int length)
    {
        var (weekStart, weekEnd) = WorkingTime.Week(week);
        var shifts = NearbyShifts(context, person, week).ToList();
        var starts = shifts.Select(item => item.End).Append(weekStart)
            .Where(start => start >= weekStart && start + length <= weekEnd).Distinct();
        var sets = starts
            .Select(start => shifts.Where(item => item.Start < start + length && start < item.End).Select(item => item.Variable).ToHashSet())
            .DistinctBy(set => string.Join(",", set.Select(variable => variable.GetIndex()).Order()))
            .ToList();
        return sets.Where(set => !sets.Any(other => other != set && other.IsProperSubsetOf(set)))
            .Select(set => set.ToList()).ToList();
    }

    /// <summary>Shifts that can touch the week: from the day before it to its last day, at their place on the minute axis.</summary>
    private static IEnumerable<(int Start, int End, BoolVar Variable)> NearbyShifts(TurnusModelContext context, int person, int week)
    {
        for (var day = week * 7 - 1; day < week * 7 + 7; day++)
        {
            foreach (var (s, variable) in context.Variables.On(person, day))
            {
                var start = RotationCalendar.StartMinute(day, context.Shifts[s]);
                yield return (start, start + context.Shifts[s].DurationMinutes, variable);
            }
        }
    }
}
