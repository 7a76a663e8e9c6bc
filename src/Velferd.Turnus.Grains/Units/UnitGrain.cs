using Microsoft.Extensions.Options;
using Velferd.Turnus.FileFormats.Units;
using Velferd.Turnus.Grains.Abstractions.Jobs;
using Velferd.Turnus.Grains.Abstractions.Units;

namespace Velferd.Turnus.Grains.Units;

/// <summary>
/// A care unit: its unit file (validated before it is stored), the demand curve derived from it, its plan
/// versions and the jobs planning it. Parsing and demand run on the thread pool, not on the grain's turn.
/// </summary>
public sealed class UnitGrain(
    [PersistentState("unit", TurnusStorage.Name)] IPersistentState<UnitRecord> unit,
    IOptions<GrainOptions> options) : Grain, IUnitGrain
{
    private const int JobIdsKept = 50;
    private DemandCurve? demand;

    private UnitRecord State => unit.State;

    private string UnitId => this.GetPrimaryKeyString();

    public async Task<DefineUnitResult> Define(string unitJson, string fileName)
    {
        var (read, issues) = await Task.Run(() => UnitDefinitions.Read(unitJson, fileName, UnitId));
        if (read is null)
            return new DefineUnitResult(false, State.DefinitionVersion, issues);
        var facts = await Task.Run(() => UnitDefinitions.Facts(read));
        State.DefinitionJson = unitJson;
        State.FileName = fileName;
        State.DefinitionVersion++;
        State.DefinedAt = DateTimeOffset.UtcNow;
        State.Facts = facts;
        State.Warnings = issues;
        State.ReceivedDemand = null;
        await unit.WriteStateAsync();
        demand = null;
        return new DefineUnitResult(true, State.DefinitionVersion, issues);
    }

    public Task<UnitOverview?> GetOverview() => Task.FromResult(State.Facts is { } facts
        ? new UnitOverview(UnitId, facts.Name, facts.Kind, State.DefinitionVersion, State.DefinedAt, facts.Residents, facts.Vedtak,
            facts.Employees, facts.Vacancies, facts.DemandStaffHoursPerWeek, State.Warnings, State.Plans.LastOrDefault()?.Summary)
        : null);

    public Task<string?> GetDefinitionJson() => Task.FromResult(State.DefinitionJson);

    public async Task<DemandCurve?> GetDemand()
    {
        if (State.DefinitionJson is not { } json)
            return null;
        var fileName = State.FileName ?? UnitId + ".json";
        return demand ??= await Task.Run(() => UnitDefinitions.Curve(UnitFileReader.Parse(json, fileName).Unit!));
    }

    public async Task ReceiveDemand(PlanningDemand? demand)
    {
        if (State.DefinitionJson is null)
            throw new InvalidOperationException($"unit '{UnitId}' has no unit file yet; define it first");
        State.ReceivedDemand = demand;
        await unit.WriteStateAsync();
    }

    public Task<PlanningDemand?> GetPlanningDemand() => Task.FromResult(State.ReceivedDemand);

    public async Task<JobSnapshot> StartPlanning(PlanSettings settings, string? portfolioId)
    {
        if (State.DefinitionJson is not { } json)
            throw new InvalidOperationException($"unit '{UnitId}' has no unit file yet; define it first");
        var jobId = $"{UnitId}-{Guid.NewGuid():N}"[..(UnitId.Length + 13)]; // unit id and 12 hex digits: readable and unique
        var snapshot = await GrainFactory.GetGrain<IPlanningJobGrain>(jobId)
            .Start(new JobRequest(UnitId, State.DefinitionVersion, json, settings, portfolioId, State.ReceivedDemand));
        State.JobIds.Insert(0, jobId);
        if (State.JobIds.Count > JobIdsKept)
            State.JobIds.RemoveRange(JobIdsKept, State.JobIds.Count - JobIdsKept);
        await unit.WriteStateAsync();
        return snapshot;
    }

    public async Task<PlanVersionSummary> AddPlanVersion(NewPlanVersion plan)
    {
        var existing = State.Plans.FirstOrDefault(stored => stored.Summary.JobId == plan.JobId);
        if (existing is not null)
            return existing.Summary; // A job that reports twice (after a retry) stores its plan once.
        var summary = new PlanVersionSummary(UnitId, ++State.LastPlanVersion, plan.JobId, plan.DefinitionVersion, DateTimeOffset.UtcNow, plan.Figures);
        State.Plans.Add(new StoredPlan(summary, plan.PlanJson));
        var kept = Math.Max(1, options.Value.PlanVersionsKept);
        if (State.Plans.Count > kept)
            State.Plans.RemoveRange(0, State.Plans.Count - kept);
        await unit.WriteStateAsync();
        return summary;
    }

    public Task<IReadOnlyList<PlanVersionSummary>> GetPlanVersions() =>
        Task.FromResult<IReadOnlyList<PlanVersionSummary>>(State.Plans.Select(stored => stored.Summary).ToList());

    public Task<StoredPlan?> GetPlan(int version) => Task.FromResult(version == 0
        ? State.Plans.LastOrDefault()
        : State.Plans.FirstOrDefault(stored => stored.Summary.Version == version));

    public Task<IReadOnlyList<string>> GetJobIds() => Task.FromResult<IReadOnlyList<string>>(State.JobIds.ToList());
}
