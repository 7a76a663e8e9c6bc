using Velferd.Turnus.Hosting;
using Velferd.Turnus.Server.Api;

namespace Velferd.Turnus.Server;

/// <summary>
/// The Velferd.Turnus server: one silo (embedded by default, Redis cluster member when <c>Turnus:Mode=Redis</c>),
/// a health endpoint and a small HTTP API for units, jobs, portfolios and districts.
/// </summary>
public static class ServerApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var cluster = builder.Configuration.GetSection(TurnusClusterOptions.Section).Get<TurnusClusterOptions>() ?? new TurnusClusterOptions();
        builder.UseOrleans(silo => silo.UseTurnus(cluster));
        builder.Services.AddHealthChecks().AddCheck<SiloHealthCheck>("silo");
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));

        var app = builder.Build();
        app.MapHealthChecks("/health");
        app.MapUnits();
        app.MapJobs();
        app.MapPortfolios();
        app.MapDistricts();
        return app;
    }
}
