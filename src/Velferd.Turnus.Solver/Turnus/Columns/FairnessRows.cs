using Google.OrTools.LinearSolver;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Solver.Turnus.Soft;

namespace Velferd.Turnus.Solver.Turnus.Columns;

/// <summary>
/// Fairness in the master: per category, the highest share is at least each pricing group's average share, and the
/// lowest at most it, and the spread between them is priced as in the turnus model (<see cref="Fairness"/>). The
/// highest share over people is never below a group's average, so every plan fits these rows and the bound stays valid;
/// for groups of one person (most of them) they are exact.
/// </summary>
internal sealed class FairnessRows
{
    private readonly IReadOnlyList<PricingGroup> groups;
    private readonly IReadOnlyList<ShiftDefinition> shifts;
    private readonly long spreadPrice;
    private readonly Constraint?[,] high;
    private readonly Constraint?[,] low;
    private readonly double[] upper;

    public FairnessRows(Google.OrTools.LinearSolver.Solver lp, IReadOnlyList<PricingGroup> groups, IReadOnlyList<ShiftDefinition> shifts, PlanWeights weights, int days)
    {
        this.groups = groups;
        this.shifts = shifts;
        spreadPrice = Fairness.SpreadPrice(weights);
        var categories = Fairness.Categories.Count;
        high = new Constraint?[categories, groups.Count];
        low = new Constraint?[categories, groups.Count];
        upper = new double[categories];
        foreach (var category in Fairness.Categories)
        {
            var compared = groups.Where(group => Fairness.Compares(group.Representative, category)).ToList();
            if (compared.Sum(group => group.Count) < 2)
                continue; // as in the turnus model: nobody to compare with
            var k = (int)category;
            // At most one shift a day and one weekend a week: no share can be higher.
            upper[k] = compared.Max(group => Fairness.ShareFactor(group.Representative) * (category == FairnessCategory.Weekend ? days / 7 : days));
            var highest = lp.MakeNumVar(0, upper[k], $"fair_{category}_max");
            var lowest = lp.MakeNumVar(0, upper[k], $"fair_{category}_min");
            lp.Objective().SetCoefficient(highest, spreadPrice);
            lp.Objective().SetCoefficient(lowest, -spreadPrice);
            foreach (var group in compared)
            {
                // highest − average ≥ 0 and average − lowest ≥ 0; the rotations add their part of the average.
                high[k, group.Index] = lp.MakeConstraint(0, double.PositiveInfinity);
                high[k, group.Index]!.SetCoefficient(highest, 1);
                low[k, group.Index] = lp.MakeConstraint(0, double.PositiveInfinity);
                low[k, group.Index]!.SetCoefficient(lowest, -1);
            }
        }
    }

    /// <summary>Enters a rotation's share of its group's average into the rows.</summary>
    public void Add(Variable rotation, RotationColumn column)
    {
        foreach (var category in Fairness.Categories)
        {
            var k = (int)category;
            if (high[k, column.Group] is not { } highRow)
                continue;
            var share = Share(column, category);
            highRow.SetCoefficient(rotation, -share);
            low[k, column.Group]!.SetCoefficient(rotation, share);
        }
    }

    /// <summary>The rows' duals, by category and group (0 where there is no row), never negative.</summary>
    public (double[,] High, double[,] Low) Duals()
    {
        var highDual = new double[high.GetLength(0), high.GetLength(1)];
        var lowDual = new double[low.GetLength(0), low.GetLength(1)];
        for (var k = 0; k < high.GetLength(0); k++)
            for (var g = 0; g < high.GetLength(1); g++)
            {
                // Duals of ≥ rows are never negative; clamping drops the solver's tolerance noise, which would raise the bound.
                highDual[k, g] = Math.Max(0, high[k, g]?.DualValue() ?? 0);
                lowDual[k, g] = Math.Max(0, low[k, g]?.DualValue() ?? 0);
            }
        return (highDual, lowDual);
    }

    /// <summary>
    /// Prices at which fairness neither costs nor pays, as if it were left out: on each side the prices sum to the
    /// spread's price, shared evenly among the groups with rows, so no duty is priced and the bound's share is 0.
    /// (Zero prices would instead credit the bound with the spread's price × the highest share, per category.)
    /// </summary>
    public (double[,] High, double[,] Low) Neutral()
    {
        var neutral = new double[high.GetLength(0), high.GetLength(1)];
        for (var k = 0; k < high.GetLength(0); k++)
        {
            var rows = Enumerable.Range(0, high.GetLength(1)).Count(g => high[k, g] is not null);
            for (var g = 0; g < high.GetLength(1); g++)
                neutral[k, g] = high[k, g] is null ? 0 : (double)spreadPrice / rows;
        }
        return (neutral, (double[,])neutral.Clone());
    }

    /// <summary>
    /// What a rotation of the group pays at the prices per counted duty of the category: the rows' duals times its
    /// share of the group's average. Working an evening where the highest share binds costs; where the lowest binds, it saves.
    /// </summary>
    public double PricePerDuty(MasterPrices prices, PricingGroup group, FairnessCategory category)
    {
        var k = (int)category;
        return high[k, group.Index] is null ? 0
            : (prices.FairHigh[k, group.Index] - prices.FairLow[k, group.Index]) * Fairness.ShareFactor(group.Representative) / group.Count;
    }

    /// <summary>
    /// The spread's share of the Lagrangian bound at the prices: the cheapest highest and lowest shares once the rows are
    /// priced instead of posted (0 at the master's duals, where the prices on each side sum to the spread's price).
    /// </summary>
    public double LagrangianShare(MasterPrices prices)
    {
        var share = 0.0;
        foreach (var category in Fairness.Categories)
        {
            var k = (int)category;
            double sumHigh = 0, sumLow = 0;
            for (var g = 0; g < groups.Count; g++)
            {
                sumHigh += prices.FairHigh[k, g];
                sumLow += prices.FairLow[k, g];
            }
            share += upper[k] * (Math.Min(0, spreadPrice - sumHigh) + Math.Min(0, sumLow - spreadPrice));
        }
        return share;
    }

    private double Share(RotationColumn column, FairnessCategory category)
    {
        var group = groups[column.Group];
        var duties = category == FairnessCategory.Weekend
            ? column.Weekends
            : column.Worked().Count(entry => Fairness.Counts(shifts[entry.Shift], category));
        return (double)duties * Fairness.ShareFactor(group.Representative) / group.Count;
    }
}
