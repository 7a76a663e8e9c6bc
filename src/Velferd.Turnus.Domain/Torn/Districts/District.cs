using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Domain.Torn.Districts;

/// <summary>
/// Several units that share a fagteam (e.g. nurses serving the housing units of one area), with the travel time
/// between them. The district TØRN solve decides where the fagteam is and when (docs/torn.md).
/// </summary>
public sealed record District(string Id, string Name, IReadOnlyList<DistrictUnit> Units, Fagteam Fagteam, TravelTimes Travel)
{
    public DistrictUnit? FindUnit(string id) => Units.FirstOrDefault(unit => unit.Unit.Id == id);
}

/// <summary>A unit of the district, and the ids of its base-staffing rules the fagteam replaces while on duty.</summary>
public sealed record DistrictUnit(Unit Unit, IReadOnlyList<string> FagteamReplaces)
{
    public IEnumerable<BaseStaffingRule> ReplacedRules => Unit.BaseStaffing.Where(rule => FagteamReplaces.Contains(rule.Id));
}
