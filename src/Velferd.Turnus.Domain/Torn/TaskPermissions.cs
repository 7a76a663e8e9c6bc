using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Domain.Torn;

/// <summary>
/// Who may do a task (shared/DOMAIN.md): the listed competences and everybody who may cover them (SPL and VPL
/// may do HFA work, HFA may do assistent work, everybody may do service work); helsefagarbeidere with delegated
/// authority where the task allows it. Split model, checker and reports all ask here.
/// </summary>
public static class TaskPermissions
{
    public static bool Permits(CareTask task, Performer performer) => performer switch
    {
        // HFA-D exists for the work delegation opens; work any HFA may do is HFA work.
        Performer.DelegertHelsefagarbeider => task.DelegatedHfa && !Covers(task, Competence.Helsefagarbeider),
        _ => Covers(task, performer.Competence()),
    };

    /// <summary>Permitted performers, highest competence first.</summary>
    public static IReadOnlyList<Performer> Permitted(CareTask task) => Performers.All.Where(performer => Permits(task, performer)).ToList();

    /// <summary>True when only sykepleiere or vernepleiere may do the task: their "top of licence" work.</summary>
    public static bool IsNurseOnly(CareTask task) => Permitted(task).All(Performers.IsNurseLevel);

    /// <summary>A visiting fagteam of the given competence may do the task.</summary>
    public static bool FagteamMay(CareTask task, Competence fagteam) => task.Fagteam && Covers(task, fagteam);

    private static bool Covers(CareTask task, Competence staff) =>
        task.Competences.Any(listed => CompetenceCoverage.CanCover(staff, listed));
}
