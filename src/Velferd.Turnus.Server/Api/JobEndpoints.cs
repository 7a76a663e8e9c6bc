using Velferd.Turnus.Grains.Abstractions.Jobs;

namespace Velferd.Turnus.Server.Api;

/// <summary>/jobs/{id}: a planning job's state (live objective, bound and gap while solving) and cancelling it.</summary>
public static class JobEndpoints
{
    public static void MapJobs(this IEndpointRouteBuilder app)
    {
        var jobs = app.MapGroup("/jobs/{jobId}");
        jobs.MapGet("", (string jobId, IGrainFactory grains) => Answer(() => grains.GetGrain<IPlanningJobGrain>(jobId).GetStatus()));
        jobs.MapPost("/cancel", (string jobId, IGrainFactory grains) => Answer(() => grains.GetGrain<IPlanningJobGrain>(jobId).Cancel()));
    }

    private static async Task<IResult> Answer(Func<Task<JobSnapshot>> call)
    {
        try
        {
            return Results.Ok(await call());
        }
        catch (KeyNotFoundException error)
        {
            return Results.NotFound(new { error = error.Message });
        }
    }
}
