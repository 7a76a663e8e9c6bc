using System.Text.Json;
using Velferd.Turnus.FileFormats.Plans;
using Velferd.Turnus.Grains.Abstractions.Jobs;
using Velferd.Turnus.Solver.Turnus;

namespace Velferd.Turnus.Grains.Solving;

/// <summary>
/// PlanOptions to and from their wire form. Search logs and raw solver parameters (tuning aids) stay local; a start plan
/// travels as plan.json text and is read back against the unit where the job runs (SolveRun), since reading needs the unit.
/// </summary>
public static class PlanSettingsMapper
{
    public static PlanSettings ToSettings(this PlanOptions options, bool includeSearchWorkers = false) => new()
    {
        Weeks = options.Weeks,
        TimeLimitSeconds = options.TimeLimit.TotalSeconds,
        SearchWorkers = includeSearchWorkers ? options.Workers : null,
        Seed = options.Seed,
        GapTarget = options.GapTarget,
        Heltid = options.Heltid,
        HelgefrekvensForAll = options.HelgefrekvensForAll,
        LongShiftsForAll = options.LongShiftsForAll,
        MinimumPositionPercent = options.MinimumPositionPercent,
        PositionStepPercent = options.PositionStepPercent,
        BreakSymmetry = options.BreakSymmetry,
        WeightsJson = options.Weights == PlanWeights.Default ? null : JsonSerializer.Serialize(options.Weights, JsonSerializerOptions.Web),
        StartPlanJson = options.StartPlan is { } start ? PlanFile.Write(start, "start plan") : null,
    };

    public static PlanOptions ToPlanOptions(this PlanSettings settings, int searchWorkers) => new()
    {
        Weeks = settings.Weeks,
        TimeLimit = TimeSpan.FromSeconds(settings.TimeLimitSeconds),
        Workers = searchWorkers,
        Seed = settings.Seed,
        GapTarget = settings.GapTarget,
        Heltid = settings.Heltid,
        HelgefrekvensForAll = settings.HelgefrekvensForAll,
        LongShiftsForAll = settings.LongShiftsForAll,
        MinimumPositionPercent = settings.MinimumPositionPercent,
        PositionStepPercent = settings.PositionStepPercent,
        BreakSymmetry = settings.BreakSymmetry,
        Weights = settings.WeightsJson is { } json ? JsonSerializer.Deserialize<PlanWeights>(json, JsonSerializerOptions.Web) ?? PlanWeights.Default : PlanWeights.Default,
    };
}
