using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Solver.Turnus.Soft;

/// <summary>The duties whose share is compared between people.</summary>
internal enum FairnessCategory
{
    Evening,
    Night,
    Weekend,
}

/// <summary>
/// Evenings, nights and weekends shared fairly: per category, each person's count relative to their
/// position size, and the spread between the highest and lowest is penalised per shift.
/// People with planner-chosen sizes are left out (their share would not be linear).
/// The rotation decomposition's master prices the same spread (Columns/FairnessRows), from the definitions here.
/// </summary>
internal static class Fairness
{
    private const int Precision = 100;

    public static IReadOnlyList<FairnessCategory> Categories { get; } = Enum.GetValues<FairnessCategory>();

    /// <summary>Whether the person's share of the category is compared at all.</summary>
    public static bool Compares(PlannedPerson person, FairnessCategory category) =>
        !person.HasVariableSize && person.MinPercent > 0 && category switch
        {
            FairnessCategory.Evening => person.Employee.Night != NightWork.Only,
            FairnessCategory.Night => person.Employee.Night == NightWork.Yes,
            _ => true,
        };

    /// <summary>Whether working the shift counts towards the category (weekends are counted per weekend, not per shift).</summary>
    public static bool Counts(ShiftDefinition shift, FairnessCategory category) => category switch
    {
        FairnessCategory.Evening => shift.Category == ShiftCategory.Evening,
        FairnessCategory.Night => shift.IsNightCategory,
        _ => false,
    };

    /// <summary>
    /// A person's share per counted duty, in hundredths: count × 100 / stillingsprosent, so a 50 % position working
    /// 3 evenings weighs like a 100 % working 6.
    /// </summary>
    public static long ShareFactor(PlannedPerson person) => (long)Math.Round(Precision * 100 / person.MinPercent);

    /// <summary>The price in øre of one unit of spread between the highest and lowest share.</summary>
    public static long SpreadPrice(PlanWeights weights) => TurnusModelContext.Ore(weights.FairnessPerShift / Precision);

    public static void Add(TurnusModelContext context, IReadOnlyList<IReadOnlyList<ILiteral>> weekends)
    {
        foreach (var category in Categories)
            AddCategory(context, category, (person, day) => category == FairnessCategory.Weekend
                ? day % 7 == 0 ? weekends[person][day / 7] is { } weekend ? [weekend] : [] : []
                : context.Variables.On(person, day).Where(item => Counts(context.Shifts[item.Shift], category)).Select(item => (ILiteral)item.Variable));
    }

    private static void AddCategory(TurnusModelContext context, FairnessCategory category, Func<int, int, IEnumerable<ILiteral>> literalsOn)
    {
        var people = context.People.Where(person => Compares(person, category)).ToList();
        if (people.Count < 2)
            return;
        var name = Names[category];
        var shares = people.Select(person =>
        {
            var factor = ShareFactor(person);
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
        context.Objective.Add($"rettferdig {name}", (highest - lowest) * SpreadPrice(context.Weights));
    }

    private static readonly IReadOnlyDictionary<FairnessCategory, string> Names = new Dictionary<FairnessCategory, string>
    {
        [FairnessCategory.Evening] = "kveld",
        [FairnessCategory.Night] = "natt",
        [FairnessCategory.Weekend] = "helg",
    };
}
