using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Solver.Turnus.Soft;

/// <summary>
/// Evenings, nights and weekends shared fairly: per category, each person's count relative to their
/// position size, and the spread between the highest and lowest is penalised per shift.
/// People with planner-chosen sizes are left out (their share would not be linear).
/// </summary>
internal static class Fairness
{
    private const int Precision = 100;

    public static void Add(TurnusModelContext context, IReadOnlyList<IReadOnlyList<ILiteral>> weekends)
    {
        AddCategory(context, "kveld", person => person.Employee.Night != NightWork.Only,
            (person, day) => context.Variables.On(person, day).Where(item => context.Shifts[item.Shift].Category == ShiftCategory.Evening).Select(item => (ILiteral)item.Variable));
        AddCategory(context, "natt", person => person.Employee.Night == NightWork.Yes,
            (person, day) => context.Variables.On(person, day).Where(item => context.Shifts[item.Shift].IsNightCategory).Select(item => (ILiteral)item.Variable));
        AddCategory(context, "helg", _ => true,
            (person, day) => day % 7 == 0 ? weekends[person][day / 7] is { } weekend ? [weekend] : [] : []);
    }

    private static void AddCategory(TurnusModelContext context, string name, Func<PlannedPerson, bool> eligible, Func<int, int, IEnumerable<ILiteral>> literalsOn)
    {
        var people = context.People.Where(person => !person.HasVariableSize && person.MinPercent > 0 && eligible(person)).ToList();
        if (people.Count < 2)
            return;
        var shares = people.Select(person =>
        {
            // count × 100 / stillingsprosent, in hundredths: a 50 % position working 3 evenings weighs like a 100 % working 6.
            var factor = (long)Math.Round(Precision * 100 / person.MinPercent);
            var literals = Enumerable.Range(0, context.Days).SelectMany(day => literalsOn(person.Index, day)).ToList();
            return (Expression: LinearExpr.WeightedSum(literals, Enumerable.Repeat(factor, literals.Count)), Max: factor * literals.Count);
        }).ToList();
        var upper = shares.Max(share => share.Max);
        var highest = context.Model.NewIntVar(0, upper, $"fair_{name}_max");
        var lowest = context.Model.NewIntVar(0, upper, $"fair_{name}_min");
        foreach (var share in shares)
        {
            context.Model.Add(highest >= share.Expression);
            context.Model.Add(lowest <= share.Expression);
        }
        context.Objective.Add($"rettferdig {name}", (highest - lowest) * TurnusModelContext.Ore(context.Weights.FairnessPerShift / Precision));
    }
}
