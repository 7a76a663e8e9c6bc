using Velferd.Turnus.Grains.Abstractions.Jobs;
using Velferd.Turnus.Grains.Abstractions.Portfolios;

namespace Velferd.Turnus.Server.Api;

/// <summary>/portfolios/{id}: a municipality's or district's units, planning them all, and the roll-up of KPIs and cost.</summary>
public static class PortfolioEndpoints
{
    public static void MapPortfolios(this IEndpointRouteBuilder app)
    {
        var portfolios = app.MapGroup("/portfolios/{portfolioId}");
        portfolios.MapGet("", async (string portfolioId, IGrainFactory grains) => Results.Ok(await grains.GetGrain<IPortfolioGrain>(portfolioId).GetView()));
        portfolios.MapPost("/units", async (string portfolioId, string[] unitIds, IGrainFactory grains) =>
            Results.Ok(await grains.GetGrain<IPortfolioGrain>(portfolioId).AddUnits(unitIds)));
        portfolios.MapPost("/plan", async (string portfolioId, PlanSettings? settings, IGrainFactory grains) =>
            Results.Ok(await grains.GetGrain<IPortfolioGrain>(portfolioId).PlanAll(settings ?? new PlanSettings())));
        portfolios.MapGet("/rollup", async (string portfolioId, IGrainFactory grains) =>
            Results.Ok(await grains.GetGrain<IPortfolioGrain>(portfolioId).GetRollup()));
    }
}
