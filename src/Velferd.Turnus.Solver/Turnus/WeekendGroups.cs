using Google.OrTools.Sat;

namespace Velferd.Turnus.Solver.Turnus;

/// <summary>
/// The classic way to staff weekends (helgelinjer): people with helgefrekvens N are split into N groups
/// with the competences spread evenly, and group g works the weekends w with w mod N = g. The first-plan
/// search uses it, fixed or as a hint, and then only has to fit the weekdays around the weekends.
/// </summary>
internal static class WeekendGroups
{
    public static void Apply(TurnusModelContext context, IReadOnlyList<IReadOnlyList<ILiteral>> weekends, bool fix)
    {
        foreach (var frequency in context.People.GroupBy(person => Math.Max(1, person.Employee.Helgefrekvens)))
        {
            var every = frequency.Key;
            var ordered = frequency.OrderBy(person => person.Employee.Competence).ThenByDescending(person => person.MaxPercent).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                for (var week = 0; week < context.Weeks; week++)
                {
                    if (weekends[ordered[i].Index][week] is not BoolVar literal)
                        continue;
                    var works = week % every == i % every;
                    // The pattern repeats with the rotation only when N divides the weeks; otherwise it is a hint.
                    if (fix && context.Weeks % every == 0)
                        context.Model.Add(literal == (works ? 1 : 0));
                    else
                        context.Model.AddHint(literal, works);
                }
            }
        }
    }
}
