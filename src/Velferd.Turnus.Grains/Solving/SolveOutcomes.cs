using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Kpis;
using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.FileFormats.Plans;
using Velferd.Turnus.Grains.Abstractions.Jobs;
using Velferd.Turnus.Grains.Abstractions.Units;
using Velferd.Turnus.Solver.Turnus;

namespace Velferd.Turnus.Grains.Solving;

/// <summary>Turns a solver result into what crosses the wire: the outcome, the plan file text and the plan's figures.</summary>
public static class SolveOutcomes
{
    public const string GeneratedBy = "velferd-turnus cluster";

    /// <param name="demand">The curve the plan was made on; null for the unit's vedtak curve.</param>
    public static SolveFinish Finish(Unit unit, TurnusResult result, string jobId, StaffingCurve? demand = null)
    {
        var outcome = Outcome(result);
        if (result.Plan is not { } plan)
            return new SolveFinish(outcome, null, null);
        var kpis = demand is null ? KpiCalculator.Calculate(unit, plan) : KpiCalculator.Calculate(unit, plan, demand);
        var solve = new { status = outcome.Status, objectiveNok = outcome.ObjectiveNok, boundNok = outcome.BoundNok, gap = outcome.Gap, wallTimeSeconds = outcome.WallTime.TotalSeconds, jobId };
        var figures = Figures(outcome, result.Check?.Breaches.Count ?? 0, kpis);
        return new SolveFinish(outcome, PlanFile.Write(plan, GeneratedBy, solve, kpis), figures);
    }

    public static string ProgressPlanJson(Plan plan, TurnusProgress progress) =>
        PlanFile.Write(plan, GeneratedBy, new { status = "Feasible", objectiveNok = progress.ObjectiveNok, boundNok = progress.BoundNok, gap = progress.Gap });

    public static SolveOutcome Outcome(TurnusResult result) => new(
        result.Status.ToString(), result.ObjectiveNok, result.BoundNok, result.Gap, result.WallTime, result.TimeToFirstSolution,
        result.TimeToBest, result.ImprovingSolutions, PlanVersion: null, result.Check?.Breaches.Count ?? 0,
        result.Explanation is { } explanation
            ? new SolveExplanation(explanation.Rules.Select(rule => new SolveConflict(rule.Rule.ToString(), rule.PersonId, rule.Day, rule.Description)).ToList(),
                explanation.IsMinimal, explanation.Summary)
            : null,
        new SolveModelSize(result.Size.People, result.Size.Days, result.Size.Shifts, result.Size.Variables, result.Size.Constraints, result.Size.Segments));

    public static PlanFigures Figures(SolveOutcome outcome, int breaches, PlanKpis kpis) => new(
        outcome.Status, outcome.ObjectiveNok, outcome.BoundNok, outcome.Gap, breaches,
        kpis.StaffCount, kpis.FullTimeCount, kpis.HeltidShare, kpis.FullTimeEquivalents, kpis.AveragePositionPercent,
        kpis.Helgestillinger, kpis.CoverageShare, kpis.UncoveredStaffHoursPerWeek,
        new WeeklyCost(kpis.CostPerWeek.BasePay, kpis.CostPerWeek.EveningNightSupplement, kpis.CostPerWeek.WeekendSupplement,
            kpis.CostPerWeek.Vikar, kpis.CostPerWeek.Overtime));
}
