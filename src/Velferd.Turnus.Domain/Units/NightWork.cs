namespace Velferd.Turnus.Domain.Units;

/// <summary>Whether an employee works nights: never, as part of a mixed turnus, or only nights (fast nattevakt).</summary>
public enum NightWork
{
    No,
    Yes,
    Only,
}
