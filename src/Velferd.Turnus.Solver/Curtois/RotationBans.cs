using Velferd.Turnus.Domain.Benchmarks.Curtois;

namespace Velferd.Turnus.Solver.Curtois;

/// <summary>
/// A set of shifts today and a set tomorrow of which at most one may be worked: the shifts of one
/// day exclude each other anyway, and every (today, tomorrow) pair is a banned rotation.
/// </summary>
internal sealed record RotationBan(IReadOnlyList<int> Today, IReadOnlyList<int> Tomorrow)
{
    /// <summary>
    /// The bans to post for each pair of days: one per banned pair, or, as cliques, each pair grown
    /// greedily into a maximal set (e.g. "night today or any early/day shift tomorrow"), which
    /// gives the LP one strong inequality instead of many weak ones.
    /// </summary>
    public static IReadOnlyList<RotationBan> For(IReadOnlyList<ShiftType> shifts, bool asCliques)
    {
        var pairs = shifts.SelectMany((shift, s) => shift.CannotFollow.Select(next => (Today: s, Tomorrow: next))).Distinct().ToList();
        if (!asCliques) return pairs.Select(p => new RotationBan([p.Today], [p.Tomorrow])).ToList();

        var bans = new Dictionary<string, RotationBan>(StringComparer.Ordinal);
        foreach (var (first, next) in pairs)
        {
            var today = new SortedSet<int> { first };
            var tomorrow = new SortedSet<int> { next };
            for (var s = 0; s < shifts.Count; s++)
            {
                if (tomorrow.All(u => shifts[s].CannotFollow.Contains(u))) today.Add(s);
            }
            for (var s = 0; s < shifts.Count; s++)
            {
                if (today.All(t => shifts[t].CannotFollow.Contains(s))) tomorrow.Add(s);
            }
            var key = $"{string.Join(',', today)}|{string.Join(',', tomorrow)}";
            bans.TryAdd(key, new RotationBan([.. today], [.. tomorrow]));
        }
        return [.. bans.Values];
    }
}
