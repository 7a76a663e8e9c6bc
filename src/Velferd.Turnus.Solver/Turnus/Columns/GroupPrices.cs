using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Solver.Turnus.Soft;

namespace Velferd.Turnus.Solver.Turnus.Columns;

/// <summary>
/// What a rotation of one pricing group pays at the master's prices: per shift, the price of its competence on that
/// shift plus the fairness rows' price of an evening or night; per weekend worked, their price of a weekend.
/// </summary>
internal sealed class GroupPrices
{
    private readonly MasterPrices prices;
    private readonly IReadOnlyList<ShiftDefinition> shifts;
    private readonly int competence;
    private readonly double evening;
    private readonly double night;

    public GroupPrices(MasterPrices prices, PricingGroup group, FairnessRows fairness, IReadOnlyList<ShiftDefinition> shifts)
    {
        this.prices = prices;
        this.shifts = shifts;
        competence = (int)group.Representative.Employee.Competence;
        evening = fairness.PricePerDuty(prices, group, FairnessCategory.Evening);
        night = fairness.PricePerDuty(prices, group, FairnessCategory.Night);
        Weekend = fairness.PricePerDuty(prices, group, FairnessCategory.Weekend);
    }

    /// <summary>The price of each weekend worked.</summary>
    public double Weekend { get; }

    /// <summary>The price of working the shift (by catalogue index) on the day.</summary>
    public double Shift(int day, int shift)
    {
        var price = prices.Shift[day, shift, competence];
        if (Fairness.Counts(shifts[shift], FairnessCategory.Evening))
            price += evening;
        if (Fairness.Counts(shifts[shift], FairnessCategory.Night))
            price += night;
        return price;
    }

    /// <summary>The price of a whole rotation.</summary>
    public double Of(RotationColumn column) => column.Worked().Sum(entry => Shift(entry.Day, entry.Shift)) + column.Weekends * Weekend;
}
