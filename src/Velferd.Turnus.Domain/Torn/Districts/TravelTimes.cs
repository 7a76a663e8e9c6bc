namespace Velferd.Turnus.Domain.Torn.Districts;

/// <summary>Travel minutes between the units of a district, the same both ways; 0 within a unit.</summary>
public sealed class TravelTimes
{
    private readonly Dictionary<(string, string), int> minutes = [];

    public TravelTimes(IEnumerable<(string From, string To, int Minutes)> pairs)
    {
        foreach (var (from, to, value) in pairs)
        {
            minutes[(from, to)] = value;
            minutes[(to, from)] = value;
        }
    }

    public bool Has(string from, string to) => from == to || minutes.ContainsKey((from, to));

    public int Minutes(string from, string to) =>
        from == to ? 0 : minutes.TryGetValue((from, to), out var value) ? value
            : throw new KeyNotFoundException($"No travel time between {from} and {to}.");
}
