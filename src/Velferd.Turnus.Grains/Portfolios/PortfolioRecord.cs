using Velferd.Turnus.Grains.Abstractions.Portfolios;

namespace Velferd.Turnus.Grains.Portfolios;

[GenerateSerializer, Alias("Velferd.Turnus.PortfolioRecord")]
public sealed class PortfolioRecord
{
    [Id(0)] public List<string> UnitIds { get; set; } = [];
    [Id(1)] public PortfolioRun? LastRun { get; set; }
}
