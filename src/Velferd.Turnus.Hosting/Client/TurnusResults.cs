using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.FileFormats.Plans;
using Velferd.Turnus.FileFormats.Units;
using Velferd.Turnus.Grains.Abstractions.Jobs;
using Velferd.Turnus.Grains.Solving;
using Velferd.Turnus.Solver.Modelling;
using Velferd.Turnus.Solver.Turnus;

namespace Velferd.Turnus.Hosting.Client;

/// <summary>
/// Rebuilds the solver's own result types from what a job sends, so a client shows a cluster solve exactly like a
/// local one. The plan is read back from its plan.json and judged again by the local plan checker.
/// </summary>
public static class TurnusResults
{
    public static TurnusResult FromJob(JobResult job, Unit? unit = null)
    {
        var snapshot = job.Snapshot;
        if (snapshot.State == JobState.Failed)
            throw new PlanningJobFailedException(snapshot.JobId, snapshot.Reason ?? "no reason given");
        unit ??= ReadUnit(job);
        var plan = job.PlanJson is { } json ? ReadPlan(json, snapshot.JobId, unit) : null;
        var outcome = snapshot.Outcome;
        var status = outcome is not null && Enum.TryParse<SolveStatus>(outcome.Status, out var parsed)
            ? parsed
            : plan is null ? SolveStatus.Unknown : SolveStatus.Feasible;
        return new TurnusResult(
            status,
            outcome?.ObjectiveNok ?? snapshot.ObjectiveNok,
            outcome?.BoundNok ?? snapshot.BoundNok ?? 0,
            outcome?.Gap ?? snapshot.Gap,
            outcome?.WallTime ?? snapshot.SolverTime,
            outcome?.TimeToFirstSolution,
            outcome?.TimeToBest,
            outcome?.ImprovingSolutions ?? snapshot.Solutions,
            plan,
            plan is null ? null : job.Demand is { } demand ? PlanChecker.Check(unit, plan, PlanningDemands.ToCurve(demand)) : PlanChecker.Check(unit, plan),
            outcome?.Explanation is { } explanation ? Explanation(explanation) : null,
            outcome?.Size is { } size ? new ModelSize(size.People, size.Days, size.Shifts, size.Variables, size.Constraints, size.Segments) : new ModelSize(0, 0, 0, 0, 0, 0));
    }

    /// <summary>An improving plan as the local solver would have reported it; null when the update carries no plan.</summary>
    public static TurnusProgress? Progress(JobUpdate update, Unit unit)
    {
        var snapshot = update.Snapshot;
        if (update.PlanJson is not { } json || snapshot.ObjectiveNok is not { } objective)
            return null;
        return new TurnusProgress(objective, snapshot.BoundNok ?? 0, snapshot.Gap ?? 1, snapshot.SolverTime, snapshot.Solutions,
            ReadPlan(json, snapshot.JobId, unit));
    }

    public static Unit ReadUnit(JobResult job) =>
        UnitFileReader.Parse(job.UnitJson, job.Snapshot.UnitId + ".json").Unit
        ?? throw new InvalidDataException($"job {job.Snapshot.JobId}: its stored unit file no longer reads as valid");

    private static Plan ReadPlan(string json, string jobId, Unit unit)
    {
        var read = PlanFile.Parse(json, $"job {jobId} plan.json", unit);
        return read.Plan ?? throw new InvalidDataException(
            $"job {jobId}: the plan it sent does not fit the unit: {string.Join("; ", read.Issues.Select(issue => issue.ToString()))}");
    }

    private static InfeasibilityExplanation Explanation(SolveExplanation explanation) => new(
        explanation.Rules.Select(rule => new ConflictingRule(Enum.Parse<RuleId>(rule.Rule), rule.PersonId, rule.Day, rule.Description)).ToList(),
        explanation.IsMinimal, explanation.Summary);
}

public sealed class PlanningJobFailedException(string jobId, string reason) : Exception($"planning job {jobId} failed: {reason}")
{
    public string JobId { get; } = jobId;
}
