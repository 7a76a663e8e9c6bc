namespace Velferd.Turnus.Domain.Units;

/// <summary>A resident (beboer) or home-care user (bruker) with their vedtak.</summary>
public sealed record Resident(string Id, string Name, IReadOnlyList<Vedtak> Vedtak);
