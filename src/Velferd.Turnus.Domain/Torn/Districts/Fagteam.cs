using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Domain.Torn.Districts;

/// <summary>
/// A team that serves several units, moving between them (ambulerende fagteam). It works whole shifts from its
/// own catalogue; at most <see cref="MaxOnDuty"/> members are out at once, and its <see cref="Positions"/> bound
/// its weekly hours and how many can work each weekend (every <see cref="Helgefrekvens"/>th).
/// </summary>
/// <param name="BaseUnitId">Unit where shifts start and end (travel from and back to it is part of the shift), or null.</param>
public sealed record Fagteam(
    string Id,
    string Name,
    Competence Competence,
    int Positions,
    int MaxOnDuty,
    string? BaseUnitId,
    int Helgefrekvens,
    IReadOnlyList<FagteamShift> Shifts)
{
    /// <summary>Most members on duty on one weekend day: each position works one weekend in every <see cref="Helgefrekvens"/>.</summary>
    public int MaxOnDutyPerWeekendDay => Math.Min(MaxOnDuty, Positions / Math.Max(1, Helgefrekvens));
}

/// <summary>A shift of the fagteam and the weekdays it may be worked.</summary>
public sealed record FagteamShift(ShiftDefinition Shift, IReadOnlyList<Weekday> Weekdays);
