namespace Velferd.Turnus.FileFormats.Districts;

// The district file as written (schema/district.schema.json); nullable throughout, as the unit file's records.

public sealed record DistrictFileDto
{
    public int? FormatVersion { get; init; }
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? Description { get; init; }
    public List<DistrictUnitDto>? Units { get; init; }
    public FagteamDto? Fagteam { get; init; }
    public List<TravelDto>? Travel { get; init; }
}

public sealed record DistrictUnitDto(string? File, List<string>? FagteamReplaces);

public sealed record FagteamDto(
    string? Id,
    string? Name,
    string? Competence,
    int? Positions,
    int? MaxOnDuty,
    string? Base,
    int? Helgefrekvens,
    List<FagteamShiftDto>? Shifts);

public sealed record FagteamShiftDto(string? Code, string? Name, string? Start, string? End, int? UnpaidBreakMinutes, string? Category, List<string>? Weekdays);

public sealed record TravelDto(string? From, string? To, int? Minutes);
