using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Time;

namespace Velferd.Turnus.Domain.Units;

/// <summary>
/// A task of the TØRN catalogue (medicine handling, personal care, meals...): how long it takes, how
/// often, when, and which professions may do it. <see cref="Competences"/> are the lowest competences that
/// may do it; those who may cover them in the coverage order may too (see Torn/TaskPermissions).
/// </summary>
/// <param name="Minutes">Staff minutes of one performance.</param>
/// <param name="DelegatedHfa">Helsefagarbeidere with delegated authority may do it (medicine handling).</param>
/// <param name="Fagteam">A visiting fagteam may do it.</param>
/// <param name="Indirect">Indirect work (documentation, reporting): counted as is, without the indirect-time uplift.</param>
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
    bool Fagteam,
    bool Indirect = false)
{
    public double OccurrencesPerDay(int residents) => PerResidentPerDay * residents + PerUnitPerDay;

    public double MinutesPerDay(int residents) => OccurrencesPerDay(residents) * Minutes;

    /// <summary>Staff minutes a week the catalogue asks for (direct time, before any uplift).</summary>
    public double MinutesPerWeek(int residents) => MinutesPerDay(residents) * Weekdays.Count;

    /// <summary>Staff time per task minute in the staffing curve: ÷ direct-time share for direct work, 1 for indirect work.</summary>
    public double Uplift(double directTimeShare) => Indirect ? 1 : 1 / directTimeShare;
}
