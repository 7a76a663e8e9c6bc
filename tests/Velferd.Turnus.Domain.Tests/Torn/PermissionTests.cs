using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Torn;

namespace Velferd.Turnus.Domain.Tests.Torn;

/// <summary>Who may do a task: the coverage order of shared/DOMAIN.md, plus delegation.</summary>
public sealed class PermissionTests
{
    public static TheoryData<Competence[], bool, Performer[]> Cases => new()
    {
        { [Competence.Sykepleier], false, [Performer.Sykepleier] },
        { [Competence.Sykepleier, Competence.Vernepleier], true, [Performer.Sykepleier, Performer.Vernepleier, Performer.DelegertHelsefagarbeider] },
        { [Competence.Helsefagarbeider], false, [Performer.Sykepleier, Performer.Vernepleier, Performer.Helsefagarbeider] },
        { [Competence.Helsefagarbeider], true, [Performer.Sykepleier, Performer.Vernepleier, Performer.Helsefagarbeider] },
        { [Competence.Assistent], false, [Performer.Sykepleier, Performer.Vernepleier, Performer.Helsefagarbeider, Performer.Assistent] },
        { [Competence.Servicemedarbeider], false, [Performer.Sykepleier, Performer.Vernepleier, Performer.Helsefagarbeider, Performer.Assistent, Performer.Servicemedarbeider] },
        { [Competence.Vernepleier, Competence.Assistent], false, [Performer.Sykepleier, Performer.Vernepleier, Performer.Helsefagarbeider, Performer.Assistent] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Listed_competences_those_who_cover_them_and_delegation(Competence[] listed, bool delegated, Performer[] permitted)
    {
        var task = TornUnits.Task("t", 10, 1, TornUnits.Window("08:00", "09:00"), listed, delegated);

        Assert.Equal(permitted, TaskPermissions.Permitted(task));
    }

    [Fact]
    public void Nurse_only_work_is_work_no_other_profession_may_do()
    {
        var window = TornUnits.Window("08:00", "09:00");

        Assert.True(TaskPermissions.IsNurseOnly(TornUnits.Task("sar", 20, 1, window, [Competence.Sykepleier])));
        Assert.False(TaskPermissions.IsNurseOnly(TornUnits.Task("med", 5, 1, window, [Competence.Sykepleier, Competence.Vernepleier], delegated: true)));
        Assert.False(TaskPermissions.IsNurseOnly(TornUnits.Task("stell", 30, 1, window, [Competence.Helsefagarbeider])));
    }

    [Fact]
    public void A_fagteam_may_do_fagteam_tasks_its_competence_covers()
    {
        var window = TornUnits.Window("08:00", "09:00");
        var medicine = TornUnits.Task("med", 5, 1, window, [Competence.Sykepleier]) with { Fagteam = true };

        Assert.True(TaskPermissions.FagteamMay(medicine, Competence.Sykepleier));
        Assert.False(TaskPermissions.FagteamMay(medicine, Competence.Vernepleier));
        Assert.False(TaskPermissions.FagteamMay(medicine with { Fagteam = false }, Competence.Sykepleier));
    }
}
