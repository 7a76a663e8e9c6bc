using Google.OrTools.Sat;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Turnus.Soft;

/// <summary>
/// People with identical contracts and no personal wishes or days off are interchangeable: any plan can
/// swap their rows. Ordering their rows lexicographically removes those copies from the search.
/// </summary>
internal static class SymmetryBreaking
{
    public static void Add(TurnusModelContext context)
    {
        var groups = context.People
            .Where(person => !person.HasVariableSize && person.Employee.Unavailable.Count == 0 && person.Employee.Wishes.Count == 0)
            .GroupBy(person => (person.Employee.Competence, person.MinPercent, person.Employee.Helgefrekvens,
                person.Employee.Night, person.Employee.AcceptsLongShifts, person.Employee.DelegatedMedication))
            .Where(group => group.Count() > 1);
        foreach (var group in groups)
        {
            var rows = group.Select(person => (IReadOnlyList<ILiteral>)context.Variables.Of(person.Index).Select(item => (ILiteral)item.Variable).ToList()).ToList();
            if (rows.Select(row => row.Count).Distinct().Count() == 1)
                Symmetry.AddLexicographicOrder(context.Model, rows, $"sym_{group.First().Id}_");
        }
    }
}
