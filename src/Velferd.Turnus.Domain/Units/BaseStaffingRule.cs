using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Time;

namespace Velferd.Turnus.Domain.Units;

/// <summary>
/// Staffing the unit needs regardless of individual vedtak ("always one awake at night",
/// "one nurse on every shift"). It is a required minimum, and it adds to the vedtak demand.
/// </summary>
public sealed record BaseStaffingRule(
    string Id,
    string Description,
    IReadOnlyList<Weekday> Weekdays,
    TimeWindow Window,
    Competence Competence,
    int Count,
    NightCover Presence);
