using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Torn;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Torn.Soft;

/// <summary>
/// A competence's hours beyond today's staff, its open positions and what can be recruited (by default: no more
/// nurses or vernepleiere) must be bought from an agency: each such hour costs the agency price over the wage.
/// The hours not moved by the split (presence, unexplained vedtak load) count too.
/// </summary>
internal static class AgencyBeyondCapacity
{
    public const string Rule = "byra";

    public static void Add(TaskSplitContext context)
    {
        var input = context.Input;
        foreach (var competence in CompetenceCodes.All)
        {
            if (input.Capacity.LimitHours(competence) is not { } limitHours)
                continue;
            var terms = context.All().Where(item => item.Performer.Competence() == competence)
                .Select(item => item.Minutes * context.CentiUplift(item.Task)).ToList();
            if (terms.Count == 0)
                continue;
            var fixedCenti = (long)Math.Round(FixedHours(input, competence) * 6000);
            var limit = (long)Math.Floor(limitHours * 6000) - fixedCenti;
            var maxValue = context.All().Where(item => item.Performer.Competence() == competence)
                .Sum(item => item.Segment.TaskMinutes[item.Task] * context.CentiUplift(item.Task));
            var premiumPerCenti = TornCost.AgencyPremium(input.Unit, competence) / 6000;
            SoftConstraints.AddAtMost(context.Model, context.Objective, Rule, LinearExpr.Sum(terms), limit, Math.Max(limit, maxValue),
                TaskSplitContext.Ore(premiumPerCenti), $"byra_{competence.Code()}");
        }
    }

    /// <summary>Working hours of the competence that no task allocation changes: the curve before, less today's task load.</summary>
    private static double FixedHours(TaskSplitInput input, Competence competence)
    {
        var before = SplitCurves.Before(input);
        var tasks = Enumerable.Range(0, input.Catalogue.Count).Sum(task =>
            Performers.All.Where(performer => performer.Competence() == competence)
                .Sum(performer => input.Today.Before.TaskMinutes(task, performer)) * input.Uplift(task)) / 60;
        return TornCost.WorkingHours(input.Unit, before, competence) - tasks;
    }
}
