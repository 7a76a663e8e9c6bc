namespace Velferd.Turnus.Hosting.Tests;

/// <summary>Silos, Redis and the server share two cores: their tests run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class HostingCollection
{
    public const string Name = "hosting";
}
