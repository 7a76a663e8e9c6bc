using Velferd.Turnus.Grains.Abstractions.Jobs;

namespace Velferd.Turnus.Grains.Abstractions.Units;

/// <summary>
/// One care unit (bofellesskap, sykehjemsavdeling, hjemmetjenestesone), keyed by the unit id of its unit file.
/// Holds the unit file as its definition, the demand curve derived from it, and its plan versions.
/// </summary>
[Alias("Velferd.Turnus.IUnitGrain")]
public interface IUnitGrain : IGrainWithStringKey
{
    /// <summary>Validates the unit file and stores it; an invalid file is rejected with every located issue and nothing is stored.</summary>
    [Alias("Define")]
    Task<DefineUnitResult> Define(string unitJson, string fileName);

    /// <summary>Null while the unit has never been defined.</summary>
    [Alias("GetOverview")]
    Task<UnitOverview?> GetOverview();

    [Alias("GetDefinitionJson")]
    Task<string?> GetDefinitionJson();

    [Alias("GetDemand")]
    Task<DemandCurve?> GetDemand();

    /// <summary>
    /// Sets the staffing curve the unit's next plans use instead of its vedtak curve (a TØRN split, the reduced demand a
    /// district delivers); null goes back to the vedtak curve. Defining the unit again clears it.
    /// </summary>
    [Alias("ReceiveDemand")]
    Task ReceiveDemand(PlanningDemand? demand);

    /// <summary>The staffing curve received with <see cref="ReceiveDemand"/>, or null when the unit plans on its vedtak curve.</summary>
    [Alias("GetPlanningDemand")]
    Task<PlanningDemand?> GetPlanningDemand();

    /// <summary>Starts a planning job for the current definition (on the received demand, if any) and returns its snapshot (the job id is in it).</summary>
    [Alias("StartPlanning")]
    Task<JobSnapshot> StartPlanning(PlanSettings settings, string? portfolioId);

    /// <summary>Stores a plan a job produced; called by the planning job grain.</summary>
    [Alias("AddPlanVersion")]
    Task<PlanVersionSummary> AddPlanVersion(NewPlanVersion plan);

    [Alias("GetPlanVersions")]
    Task<IReadOnlyList<PlanVersionSummary>> GetPlanVersions();

    /// <summary>A stored plan; version 0 means the latest. Null when there is no such version.</summary>
    [Alias("GetPlan")]
    Task<StoredPlan?> GetPlan(int version);

    /// <summary>The planning jobs started for this unit, newest first.</summary>
    [Alias("GetJobIds")]
    Task<IReadOnlyList<string>> GetJobIds();
}
