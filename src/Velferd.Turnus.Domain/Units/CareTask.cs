using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Time;

namespace Velferd.Turnus.Domain.Units;

/// <summary>
/// A task of the TØRN catalogue (medicine handling, personal care, meals...): how long it takes, how
/// often, when, and which professions may do it.
/// </summary>
public sealed record CareTask(
    string Id,
    string Name,
    int Minutes,
    double PerResidentPerDay,
    double PerUnitPerDay,
    IReadOnlyList<Weekday> Weekdays,
    IReadOnlyList<TimeWindow> Windows,
    IReadOnlyList<Competence> Competences,
    bool DelegatedHfa,
    bool Fagteam);
