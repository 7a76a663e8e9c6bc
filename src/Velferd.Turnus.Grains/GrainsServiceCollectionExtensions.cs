using Microsoft.Extensions.DependencyInjection;
using Velferd.Turnus.Grains.Workers;

namespace Velferd.Turnus.Grains;

public static class GrainsServiceCollectionExtensions
{
    /// <summary>The per-silo services the grains need: the solver host that runs solves off the Orleans scheduler.</summary>
    public static IServiceCollection AddTurnusGrains(this IServiceCollection services, Action<GrainOptions>? configure = null)
    {
        var options = services.AddOptions<GrainOptions>();
        if (configure is not null)
            options.Configure(configure);
        services.AddSingleton<SolverHost>();
        services.AddHostedService(provider => provider.GetRequiredService<SolverHost>());
        return services;
    }
}
