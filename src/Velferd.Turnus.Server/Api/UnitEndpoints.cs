using Velferd.Turnus.Grains.Abstractions.Jobs;
using Velferd.Turnus.Grains.Abstractions.Units;

namespace Velferd.Turnus.Server.Api;

/// <summary>/units/{id}: the unit file (PUT the JSON as the body), its overview, demand (and the reduced demand a district delivered), plans, and new planning jobs.</summary>
public static class UnitEndpoints
{
    public static void MapUnits(this IEndpointRouteBuilder app)
    {
        var units = app.MapGroup("/units/{unitId}");
        units.MapPut("", async (string unitId, HttpRequest request, IGrainFactory grains) =>
        {
            using var reader = new StreamReader(request.Body);
            var result = await grains.GetGrain<IUnitGrain>(unitId).Define(await reader.ReadToEndAsync(), unitId + ".json");
            return result.Accepted ? Results.Ok(result) : Results.BadRequest(result);
        });
        units.MapGet("", async (string unitId, IGrainFactory grains) =>
            await grains.GetGrain<IUnitGrain>(unitId).GetOverview() is { } overview ? Results.Ok(overview) : Results.NotFound());
        units.MapGet("/demand", async (string unitId, IGrainFactory grains) =>
            await grains.GetGrain<IUnitGrain>(unitId).GetDemand() is { } demand ? Results.Ok(demand) : Results.NotFound());
        // Set when a district's TØRN solve delivered a reduced demand; the unit then plans on it instead of /demand.
        units.MapGet("/planning-demand", async (string unitId, IGrainFactory grains) =>
            await grains.GetGrain<IUnitGrain>(unitId).GetPlanningDemand() is { } planning
                ? Results.Ok(planning)
                : Results.NotFound(new { error = $"unit '{unitId}' has received no demand from a district; it plans on /units/{unitId}/demand" }));
        units.MapGet("/plans", async (string unitId, IGrainFactory grains) => Results.Ok(await grains.GetGrain<IUnitGrain>(unitId).GetPlanVersions()));
        units.MapGet("/plans/{version:int}", async (string unitId, int version, IGrainFactory grains) =>
            await grains.GetGrain<IUnitGrain>(unitId).GetPlan(version) is { } plan ? Results.Text(plan.PlanJson, "application/json") : Results.NotFound());
        units.MapGet("/jobs", async (string unitId, IGrainFactory grains) => Results.Ok(await grains.GetGrain<IUnitGrain>(unitId).GetJobIds()));
        units.MapPost("/jobs", async (string unitId, PlanSettings? settings, IGrainFactory grains) =>
        {
            try
            {
                var job = await grains.GetGrain<IUnitGrain>(unitId).StartPlanning(settings ?? new PlanSettings(), null);
                return Results.Accepted($"/jobs/{job.JobId}", job);
            }
            catch (InvalidOperationException error)
            {
                return Results.NotFound(new { error = error.Message });
            }
        });
    }
}
