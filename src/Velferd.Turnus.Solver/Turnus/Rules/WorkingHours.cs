using Google.OrTools.Sat;

namespace Velferd.Turnus.Solver.Turnus.Rules;

/// <summary>Counted working minutes of a person over a range of days (shifts count on the day they start).</summary>
internal static class WorkingHours
{
    public static LinearExpr Minutes(TurnusModelContext context, int person, int firstDay, int days)
    {
        var terms = new List<LinearExpr>();
        for (var day = firstDay; day < firstDay + days; day++)
            foreach (var (s, variable) in context.Variables.On(person, day))
                terms.Add(LinearExpr.Term(variable, context.CountedMinutes(s)));
        return LinearExpr.Sum(terms);
    }

    /// <summary>The most minutes the person could work in the range, for bounds.</summary>
    public static long MaxMinutes(TurnusModelContext context, int person, int firstDay, int days) =>
        Enumerable.Range(firstDay, days).Sum(day => context.Variables.On(person, day).Select(item => (long)context.CountedMinutes(item.Shift)).DefaultIfEmpty(0).Max());
}
