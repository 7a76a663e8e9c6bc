using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Torn;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Solver.Tests.Torn;

/// <summary>
/// The rules the tests judge results by, written again from shared/DOMAIN.md without the product's code: who may
/// do what, how many minutes a catalogue asks for, how many nurse hours a curve holds.
/// </summary>
internal static class IndependentRules
{
    /// <summary>SPL and VPL may do HFA work; HFA may do assistent work; everybody may do service work; SRV only service work.</summary>
    private static bool Covers(Competence staff, Competence listed) => listed switch
    {
        Competence.Sykepleier => staff == Competence.Sykepleier,
        Competence.Vernepleier => staff == Competence.Vernepleier,
        Competence.Helsefagarbeider => staff is Competence.Sykepleier or Competence.Vernepleier or Competence.Helsefagarbeider,
        Competence.Assistent => staff != Competence.Servicemedarbeider,
        _ => true,
    };

    /// <summary>Whether the law and the catalogue let the performer do the task (delegation: medicine handling by HFA with delegated authority).</summary>
    public static bool MayDo(Performer performer, CareTask task)
    {
        var staff = performer switch
        {
            Performer.Sykepleier => Competence.Sykepleier,
            Performer.Vernepleier => Competence.Vernepleier,
            Performer.DelegertHelsefagarbeider or Performer.Helsefagarbeider => Competence.Helsefagarbeider,
            Performer.Assistent => Competence.Assistent,
            _ => Competence.Servicemedarbeider,
        };
        var byCompetence = task.Competences.Any(listed => Covers(staff, listed));
        return performer == Performer.DelegertHelsefagarbeider ? byCompetence || task.DelegatedHfa : byCompetence;
    }

    /// <summary>Minutes a week the catalogue asks for: days × (per resident × residents + per unit) × minutes, rounded.</summary>
    public static double CatalogueMinutes(CareTask task, int residents) =>
        Math.Round(task.Weekdays.Count * (task.PerResidentPerDay * residents + task.PerUnitPerDay) * task.Minutes);

    /// <summary>Sykepleier and vernepleier staff hours a week in a curve: awake desired plus sleeping presence, slot by slot.</summary>
    public static double NurseHours(StaffingCurve curve)
    {
        double quarters = 0;
        for (var slot = 0; slot < SlotGrid.SlotsPerWeek; slot++)
            foreach (var nurse in new[] { Competence.Sykepleier, Competence.Vernepleier })
                quarters += curve.Desired(slot, nurse) + curve.Sleeping(slot, nurse);
        return quarters / 4;
    }

    public static double TotalHours(StaffingCurve curve)
    {
        double quarters = 0;
        for (var slot = 0; slot < SlotGrid.SlotsPerWeek; slot++)
            foreach (var competence in Enum.GetValues<Competence>())
                quarters += curve.Desired(slot, competence) + curve.Sleeping(slot, competence);
        return quarters / 4;
    }
}
