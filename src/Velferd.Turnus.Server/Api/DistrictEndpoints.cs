using Velferd.Turnus.Grains.Abstractions.Districts;

namespace Velferd.Turnus.Server.Api;

/// <summary>
/// /districts/{id}: a district sharing a fagteam (TØRN). PUT stores the district file with its unit files, POST /solve
/// starts the district solve, GET follows it; when done, each unit grain holds its reduced demand.
/// </summary>
public static class DistrictEndpoints
{
    public static void MapDistricts(this IEndpointRouteBuilder app)
    {
        var districts = app.MapGroup("/districts/{districtId}");
        districts.MapPut("", async (string districtId, HttpRequest request, IGrainFactory grains) =>
        {
            using var reader = new StreamReader(request.Body);
            var (body, problem) = DistrictBody.Parse(await reader.ReadToEndAsync());
            if (body is null)
                return Results.BadRequest(new { error = problem });
            try
            {
                var result = await grains.GetGrain<IDistrictGrain>(districtId).Define(body.DistrictJson, body.UnitFiles);
                return result.Accepted ? Results.Ok(result) : Results.BadRequest(result);
            }
            catch (InvalidOperationException error)
            {
                return Results.Conflict(new { error = error.Message });
            }
        });
        districts.MapGet("", async (string districtId, IGrainFactory grains) =>
            await grains.GetGrain<IDistrictGrain>(districtId).GetStatus() is { State: not DistrictSolveState.NotDefined } status
                ? Results.Ok(status)
                : Results.NotFound());
        districts.MapPost("/solve", async (string districtId, DistrictSolveSettings? settings, IGrainFactory grains) =>
        {
            try
            {
                var status = await grains.GetGrain<IDistrictGrain>(districtId).StartSolve(settings ?? new DistrictSolveSettings());
                return Results.Accepted($"/districts/{districtId}", status);
            }
            catch (InvalidOperationException error)
            {
                return Results.NotFound(new { error = error.Message });
            }
        });
    }
}
