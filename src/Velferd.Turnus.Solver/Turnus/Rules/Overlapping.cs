using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Domain.Time;

namespace Velferd.Turnus.Solver.Turnus.Rules;

/// <summary>Which of a person's shift variables overlap a period of the cyclic rotation.</summary>
internal static class Overlapping
{
    public static List<ILiteral> Shifts(TurnusModelContext context, int person, int start, int end)
    {
        var result = new List<ILiteral>();
        var firstDay = start / ClockTime.MinutesPerDay - 1;
        var lastDay = (end - 1) / ClockTime.MinutesPerDay;
        for (var day = firstDay; day <= lastDay; day++)
        {
            foreach (var (s, variable) in context.Variables.On(person, day))
            {
                var shiftStart = RotationCalendar.StartMinute(day, context.Shifts[s]);
                var shiftEnd = shiftStart + context.Shifts[s].DurationMinutes;
                if (shiftStart < end && start < shiftEnd && !result.Contains(variable))
                    result.Add(variable);
            }
        }
        return result;
    }
}
