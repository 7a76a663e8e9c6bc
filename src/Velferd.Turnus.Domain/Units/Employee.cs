using Velferd.Turnus.Domain.Competences;

namespace Velferd.Turnus.Domain.Units;

/// <summary>A member of staff with their position (stillingsprosent) and what they can and will work.</summary>
public sealed record Employee(
    string Id,
    string Name,
    Competence Competence,
    double Stillingsprosent,
    double? DesiredStillingsprosent,
    int Helgefrekvens,
    NightWork Night,
    bool AcceptsLongShifts,
    bool DelegatedMedication,
    IReadOnlyList<Unavailability> Unavailable,
    IReadOnlyList<ShiftWish> Wishes)
{
    /// <summary>True when the employee wants a larger position than they have (uønsket deltid).</summary>
    public bool WantsLargerPosition => DesiredStillingsprosent is { } desired && desired > Stillingsprosent + 1e-9;
}
