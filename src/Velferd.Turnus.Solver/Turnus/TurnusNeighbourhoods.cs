using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Turnus;

/// <summary>
/// Neighbourhoods that follow a turnus's structure, for the large-neighbourhood search: a few whole rotations,
/// many people over a window of days (anywhere, or around a costly day), people of one competence (who can stand in
/// for each other), and a position the planner sizes with its colleagues.
/// </summary>
internal static class TurnusNeighbourhoods
{
    public static IReadOnlyList<INeighbourhoodKind> All(TurnusModelContext context) =>
        [new WholeRotations(context), new PeopleOverDays(context), new OneCompetence(context), new CostlyDays(context), new SizedPosition(context)];

    /// <summary>Every shift variable and position size: what a neighbourhood frees or fixes.</summary>
    public static IReadOnlyList<int> DecisionVariables(TurnusModelContext context)
    {
        var indexes = new List<int>();
        foreach (var person in context.People)
            AddPerson(context, person.Index, 0, context.Days, indexes);
        return indexes;
    }

    private static void AddPerson(TurnusModelContext context, int person, int firstDay, int days, ICollection<int> free)
    {
        for (var day = firstDay; day < firstDay + days; day++)
            foreach (var (_, variable) in context.Variables.On(person, day))
                free.Add(variable.GetIndex());
        if (context.Sizes.Steps(person) is { } steps && days >= context.Days)
            free.Add(steps.GetIndex());
    }

    /// <summary>Randomly drawn people, more with the intensity, over the days first … first + window − 1 (cyclic).</summary>
    private static Neighbourhood PeopleOverWindow(string name, TurnusModelContext context, Random random, int first, int window, double intensity)
    {
        var free = new HashSet<int>();
        foreach (var person in context.People.OrderBy(_ => random.Next()).Take(Scale(Math.Sqrt(intensity), 2, context.People.Count)))
            for (var day = first; day < first + window; day++)
                AddPerson(context, person.Index, day % context.Days, 1, free);
        return new Neighbourhood(name, free);
    }

    private static int Scale(double intensity, int min, int max) => Math.Clamp((int)Math.Round(intensity * max), Math.Min(min, max), max);

    /// <summary>A few people over the whole rotation: re-deals their work among them.</summary>
    private sealed class WholeRotations(TurnusModelContext context) : INeighbourhoodKind
    {
        public string Name => "whole rotations";

        public Neighbourhood Next(Random random, IReadOnlyList<long> incumbent, double intensity)
        {
            var free = new HashSet<int>();
            foreach (var person in context.People.OrderBy(_ => random.Next()).Take(Scale(intensity, 2, context.People.Count)))
                AddPerson(context, person.Index, 0, context.Days, free);
            return new Neighbourhood(Name, free);
        }
    }

    /// <summary>Many people over a window of days (cyclic): moves shifts between people and days, weekends included.</summary>
    private sealed class PeopleOverDays(TurnusModelContext context) : INeighbourhoodKind
    {
        public string Name => "people over days";

        public Neighbourhood Next(Random random, IReadOnlyList<long> incumbent, double intensity)
        {
            var window = Scale(Math.Sqrt(intensity), Math.Min(context.Days, 4), context.Days);
            var first = random.Next(context.Days);
            return PeopleOverWindow(Name, context, random, first, window, intensity);
        }
    }

    /// <summary>
    /// Many people over a window of days around a day drawn in proportion to its coverage cost (vikar and surplus) in
    /// the incumbent: the search goes where the money is instead of anywhere.
    /// </summary>
    private sealed class CostlyDays(TurnusModelContext context) : INeighbourhoodKind
    {
        public string Name => "costly days";

        public Neighbourhood Next(Random random, IReadOnlyList<long> incumbent, double intensity)
        {
            var costs = context.DayCosts.In(incumbent);
            var window = Scale(Math.Sqrt(intensity), Math.Min(context.Days, 3), context.Days);
            var centre = Draw(random, costs);
            return PeopleOverWindow(Name, context, random, centre - window / 2 + context.Days, window, intensity);
        }

        private static int Draw(Random random, long[] costs)
        {
            var total = costs.Sum() + costs.Length; // one øre a day keeps a plan without coverage costs searchable
            var ticket = (long)(random.NextDouble() * total);
            for (var day = 0; day < costs.Length; day++)
            {
                ticket -= costs[day] + 1;
                if (ticket < 0) return day;
            }
            return costs.Length - 1;
        }
    }

    /// <summary>
    /// A position the planner sizes (a vacancy, or a post that may grow) with people of its competence over the whole
    /// rotation, so its size can change while they take over or hand over its shifts. Every other time a filled vacancy
    /// is left unfilled outright: a small vacancy costs its pay and the small-position penalty, and single moves cannot
    /// walk it down to nothing when each step down costs vikar (Solsiden: 658 k NOK in 60 s without its two vacancies,
    /// 690–737 k with them kept at 20 %).
    /// </summary>
    private sealed class SizedPosition(TurnusModelContext context) : INeighbourhoodKind
    {
        private readonly IReadOnlyList<PlannedPerson> _sized = context.People.Where(person => person.HasVariableSize).ToList();
        private int _calls;

        public string Name => "sized position";

        public Neighbourhood Next(Random random, IReadOnlyList<long> incumbent, double intensity)
        {
            if (_sized.Count == 0)
                return new WholeRotations(context).Next(random, incumbent, intensity);
            var position = _sized[random.Next(_sized.Count)];
            var colleagues = context.People.Where(person => person.Index != position.Index && person.Employee.Competence == position.Employee.Competence).ToList();
            var free = new HashSet<int>();
            AddPerson(context, position.Index, 0, context.Days, free);
            foreach (var person in colleagues.OrderBy(_ => random.Next()).Take(Scale(intensity, 1, colleagues.Count)))
                AddPerson(context, person.Index, 0, context.Days, free);
            var steps = context.Sizes.Steps(position.Index)!;
            // A vacancy every plan fills (NeededVacancies) is never pinned to unfilled: that sub-solve could only fail.
            var leaveUnfilled = position.IsVacancy && !context.Sizes.IsRequiredFilled(position.Index) && incumbent[steps.GetIndex()] > 0
                && Interlocked.Increment(ref _calls) % 2 == 0;
            return new Neighbourhood(Name, free, leaveUnfilled ? new Dictionary<int, long> { [steps.GetIndex()] = 0 } : null);
        }
    }

    /// <summary>People of one competence over the whole rotation: they can take each other's shifts.</summary>
    private sealed class OneCompetence(TurnusModelContext context) : INeighbourhoodKind
    {
        public string Name => "one competence";

        public Neighbourhood Next(Random random, IReadOnlyList<long> incumbent, double intensity)
        {
            var groups = context.People.GroupBy(person => person.Employee.Competence).Where(group => group.Count() >= 2).ToList();
            if (groups.Count == 0)
                return new WholeRotations(context).Next(random, incumbent, intensity);
            var group = groups[random.Next(groups.Count)].ToList();
            var free = new HashSet<int>();
            foreach (var person in group.OrderBy(_ => random.Next()).Take(Scale(intensity, 2, group.Count)))
                AddPerson(context, person.Index, 0, context.Days, free);
            return new Neighbourhood(Name, free);
        }
    }
}
