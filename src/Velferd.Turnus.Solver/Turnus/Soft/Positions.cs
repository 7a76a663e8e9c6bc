namespace Velferd.Turnus.Solver.Turnus.Soft;

/// <summary>
/// Positions the planner sizes: their pay is real money (annual wage with social costs, for the rotation),
/// a filled position below 100 % is penalised per percentage point (heltid as the main rule, AML §14-1a),
/// and in heltid mode every point an employee's wished size is not granted is penalised (uønsket deltid).
/// Fixed positions cost the same whatever the plan, so they are left out of the objective.
/// </summary>
internal static class Positions
{
    public static void Add(TurnusModelContext context)
    {
        var costs = context.Unit.Costs;
        var sizes = context.Sizes;
        foreach (var person in context.People)
        {
            if (sizes.Steps(person.Index) is not { } steps)
                continue;
            var competence = person.Employee.Competence;
            var payPerStep = sizes.StepPercent / 100 * costs.AnnualWage[competence] * (1 + costs.SocialCostShare) / 52 * context.Weeks;
            var grownFrom = person.IsVacancy ? 0 : person.MinPercent;
            // Pay only for what is added to a fixed employee's existing position.
            context.Objective.Add("lønn", steps, TurnusModelContext.Ore(payPerStep));
            context.Objective.AddConstant(-TurnusModelContext.Ore(payPerStep * grownFrom / sizes.StepPercent));

            var perStepPenalty = TurnusModelContext.Ore(context.Weights.SmallPositionPerPercent * sizes.StepPercent);
            if (person.IsVacancy && sizes.Filled(person.Index) is { } filled)
            {
                // (100 % × filled − size) points below full time.
                context.Objective.AddLiteral("små stillinger", filled, TurnusModelContext.Ore(context.Weights.SmallPositionPerPercent * 100));
                context.Objective.Add("små stillinger", steps, -perStepPenalty);
            }
            else
            {
                var wished = person.MaxPercent;
                context.Objective.AddConstant(TurnusModelContext.Ore(context.Weights.UnwantedPartTimePerPercent * wished));
                context.Objective.Add("uønsket deltid", steps, -TurnusModelContext.Ore(context.Weights.UnwantedPartTimePerPercent * sizes.StepPercent));
            }
        }
    }
}
