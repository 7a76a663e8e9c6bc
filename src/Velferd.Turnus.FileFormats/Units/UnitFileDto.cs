namespace Velferd.Turnus.FileFormats.Units;

// The unit file as written (schema/unit.schema.json). Everything is nullable here: the schema has
// already said what is required, and the mapper fills in defaults.

public sealed record UnitFileDto
{
    public int? FormatVersion { get; init; }
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? Kind { get; init; }
    public string? Description { get; init; }
    public double? DirectTimeShare { get; init; }
    public int? RotationWeeks { get; init; }
    public List<ShiftDto>? Shifts { get; init; }
    public List<ResidentDto>? Residents { get; init; }
    public List<BaseStaffingDto>? BaseStaffing { get; init; }
    public List<EmployeeDto>? Employees { get; init; }
    public List<VacancyDto>? Vacancies { get; init; }
    public Dictionary<string, double>? Rules { get; init; }
    public CostProfileDto? CostProfile { get; init; }
    public List<TaskDto>? Tasks { get; init; }
    public TornSettingsDto? Torn { get; init; }
}

public sealed record ShiftDto(string? Code, string? Name, string? Start, string? End, int? UnpaidBreakMinutes, string? Category);

public sealed record WindowDto(string? From, string? To);

public sealed record ResidentDto(string? Id, string? Name, List<VedtakDto>? Vedtak);

public sealed record VedtakDto(
    string? Id,
    string? Service,
    double? HoursPerWeek,
    double? HoursPerMonth,
    List<string>? Weekdays,
    List<WindowDto>? Windows,
    string? StaffingRatio,
    string? Competence,
    string? Night,
    List<VisitDto>? Visits);

public sealed record VisitDto(List<string>? Weekdays, WindowDto? Window, int? Minutes);

public sealed record BaseStaffingDto(
    string? Id,
    string? Description,
    List<string>? Weekdays,
    string? From,
    string? To,
    string? Competence,
    int? Count,
    string? Presence);

public sealed record EmployeeDto(
    string? Id,
    string? Name,
    string? Competence,
    double? Stillingsprosent,
    double? DesiredStillingsprosent,
    int? Helgefrekvens,
    string? Night,
    bool? LongShifts,
    bool? DelegatedMedication,
    List<UnavailabilityDto>? Unavailable,
    List<WishDto>? Wishes);

public sealed record UnavailabilityDto(string? Weekday, int? Week, string? Reason);

public sealed record WishDto(string? Kind, string? Weekday, int? Week, string? Shift, int? Weight);

public sealed record VacancyDto(
    string? Id,
    string? Competence,
    double? MinStillingsprosent,
    double? MaxStillingsprosent,
    int? Helgefrekvens,
    string? Night,
    bool? LongShifts);

public sealed record CostProfileDto(
    string? Id,
    int? Year,
    Dictionary<string, double>? AnnualWage,
    double? SocialCostShare,
    double? EveningNightSupplementPerHour,
    double? EveningStartHour,
    double? NightEndHour,
    double? WeekendSupplementPerHour,
    double? OvertimeFactor,
    double? RaisedOvertimeFactor,
    Dictionary<string, double>? VikarHourlyCost,
    Dictionary<string, double>? AgencyHourlyCost,
    string? Source);

public sealed record TaskDto(
    string? Id,
    string? Name,
    int? Minutes,
    double? PerResidentPerDay,
    double? PerUnitPerDay,
    List<string>? Weekdays,
    List<WindowDto>? Windows,
    List<string>? Competences,
    bool? DelegatedHfa,
    bool? Fagteam,
    bool? Indirect);

public sealed record TornSettingsDto(Dictionary<string, double>? RecruitableHoursPerWeek);
