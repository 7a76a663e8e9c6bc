using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Competences;

namespace Velferd.Turnus.Solver.Turnus.Soft;

/// <summary>
/// Desired demand, priced: every uncovered staff-hour costs a vikar of the competence needed (from the cost
/// profile), every staff-hour beyond the demand costs <see cref="PlanWeights.OvercoverPerHour"/>.
/// Shortfalls are per competence and segment in hundredths of a person; per coverage group, staff able to
/// serve the group plus the shortfalls of its competences meet the group's demand (Hall's condition), which
/// prices exactly the cheapest set of vikarer that would complete the cover. The checker's CoverageMeasure
/// computes the same shortfall by allocation.
/// </summary>
internal static class Coverage
{
    private const int Scale = 100;

    public static void Add(TurnusModelContext context, CoverageSegments coverage)
    {
        var costs = context.Unit.Costs;
        foreach (var segment in coverage.Segments)
        {
            var demand = segment.Demand;
            var shortfall = new IntVar?[CompetenceCodes.All.Count];
            foreach (var competence in CompetenceCodes.All)
            {
                var need = demand.Desired[(int)competence] + demand.Sleeping[(int)competence];
                if (need <= 1e-9)
                    continue;
                var variable = context.Model.NewIntVar(0, (long)Math.Ceiling(need * Scale), $"short_{segment.FirstSlot}_{competence.Code()}");
                shortfall[(int)competence] = variable;
                var weight = TurnusModelContext.Ore(segment.Hours * costs.VikarHour(competence) / Scale);
                context.Objective.Add("vikar", variable, weight);
                context.DayCosts.Add(segment.Day, variable, weight);
            }
            foreach (var group in CompetenceCoverage.Groups)
            {
                var desiredAwake = group.Demanded.Sum(competence => demand.Desired[(int)competence]);
                var desiredAll = desiredAwake + group.Demanded.Sum(competence => (double)demand.Sleeping[(int)competence]);
                if (desiredAll <= 1e-9)
                    continue;
                var served = CompetenceCodes.All.Where(group.IsServedBy).ToList();
                var missing = LinearExpr.Sum(group.Demanded.Select(competence => shortfall[(int)competence]).OfType<IntVar>());
                var awake = coverage.Supply(segment, served, context, sleeping: false);
                if (desiredAwake > 1e-9)
                    AddShortfall(context, awake, missing, desiredAwake);
                if (desiredAll > desiredAwake + 1e-9)
                    AddShortfall(context, awake + coverage.Supply(segment, served, context, sleeping: true), missing, desiredAll);
            }
            AddOvercover(context, coverage, segment);
        }
    }

    /// <summary>
    /// supply + shortfall ≥ demand, and its integer-rounding cut: staff come whole, so with a fractional demand d
    /// the shortfall is at least frac(d) × (⌈d⌉ − supply). The cut is the convex hull of the integer cases and
    /// gives the LP relaxation the cost of a demand that falls between two whole staff.
    /// </summary>
    private static void AddShortfall(TurnusModelContext context, LinearExpr supply, LinearExpr missing, double demand)
    {
        context.Model.Add(supply * Scale + missing >= Centi(demand));
        var fraction = Centi(demand) - (long)Math.Floor(demand + 1e-9) * Scale;
        if (fraction is > 0 and < Scale)
            context.Model.Add(missing + supply * fraction >= fraction * (long)Math.Ceiling(demand - 1e-9));
    }

    private static void AddOvercover(TurnusModelContext context, CoverageSegments coverage, Segment segment)
    {
        var supply = coverage.Supply(segment, CompetenceCodes.All, context, sleeping: false) +
                     coverage.Supply(segment, CompetenceCodes.All, context, sleeping: true);
        var maxSupply = segment.OnSite.Count * context.People.Count;
        if (maxSupply == 0)
            return;
        var surplus = context.Model.NewIntVar(0, (long)maxSupply * Scale, $"surplus_{segment.FirstSlot}");
        var demand = segment.Demand.Total;
        context.Model.Add(surplus >= supply * Scale - (long)Math.Floor(demand * Scale + 1e-9));
        // Rounding cut as for shortfalls: above ⌊d⌋ whole staff, each one adds at least (1 − frac(d)) surplus.
        var whole = (long)Math.Floor(demand + 1e-9);
        var above = Scale - (long)Math.Floor((demand - whole) * Scale + 1e-9);
        if (above is > 0 and < Scale)
            context.Model.Add(surplus >= (supply - whole) * above);
        var weight = TurnusModelContext.Ore(segment.Hours * context.Weights.OvercoverPerHour / Scale);
        context.Objective.Add("overdekning", surplus, weight);
        context.DayCosts.Add(segment.Day, surplus, weight);
    }

    private static long Centi(double staff) => (long)Math.Ceiling(staff * Scale - 1e-9);
}
