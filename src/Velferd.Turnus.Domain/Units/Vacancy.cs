using Velferd.Turnus.Domain.Competences;

namespace Velferd.Turnus.Domain.Units;

/// <summary>
/// An open position (ledig stilling) whose size the heltid planner chooses between
/// <see cref="MinStillingsprosent"/> and <see cref="MaxStillingsprosent"/>; 0 % means it may stay unfilled.
/// </summary>
public sealed record Vacancy(
    string Id,
    Competence Competence,
    double MinStillingsprosent,
    double MaxStillingsprosent,
    int Helgefrekvens,
    NightWork Night,
    bool AcceptsLongShifts)
{
    /// <summary>The vacancy as an employee of the given size, so checker and KPIs treat it like staff.</summary>
    public Employee AsEmployee(double stillingsprosent) => new(
        Id, $"Ledig stilling {Id}", Competence, stillingsprosent, MaxStillingsprosent,
        Helgefrekvens, Night, AcceptsLongShifts, DelegatedMedication: false, [], []);
}
