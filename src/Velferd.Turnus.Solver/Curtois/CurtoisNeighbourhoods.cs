using Velferd.Turnus.Domain.Benchmarks.Curtois;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Curtois;

/// <summary>Neighbourhoods that follow the roster's structure: employees, days and cover gaps.</summary>
internal static class CurtoisNeighbourhoods
{
    public static IReadOnlyList<INeighbourhoodKind> All(CurtoisModel model) =>
        [new WholeEmployees(model), new EmployeesOverDays(model), new CoverGaps(model)];

    /// <summary>Index of every assignment literal: the decision variables of the model.</summary>
    public static IReadOnlyList<int> DecisionVariables(CurtoisModel model)
    {
        var indexes = new List<int>();
        var instance = model.Instance;
        for (var e = 0; e < instance.Staff.Count; e++) AddFree(model, e, 0, instance.HorizonDays, indexes);
        return indexes;
    }

    private static void AddFree(CurtoisModel model, int employee, int fromDay, int toDay, ICollection<int> free)
    {
        for (var d = Math.Max(0, fromDay); d < Math.Min(toDay, model.Instance.HorizonDays); d++)
        {
            for (var s = 0; s < model.Instance.Shifts.Count; s++)
            {
                if (model.Assignment(employee, d, s) is { } x) free.Add(x.GetIndex());
            }
        }
    }

    private static int Scale(double intensity, int min, int max) => Math.Clamp((int)Math.Round(intensity * max), min, Math.Max(min, max));

    /// <summary>A few employees over the whole horizon: re-deals their work among them.</summary>
    private sealed class WholeEmployees(CurtoisModel model) : INeighbourhoodKind
    {
        public string Name => "whole employees";

        public Neighbourhood Next(Random random, IReadOnlyList<long> incumbent, double intensity)
        {
            var staff = model.Instance.Staff.Count;
            var count = Scale(intensity, 2, staff);
            var free = new HashSet<int>();
            foreach (var e in Enumerable.Range(0, staff).OrderBy(_ => random.Next()).Take(count))
            {
                AddFree(model, e, 0, model.Instance.HorizonDays, free);
            }
            return new Neighbourhood(Name, free);
        }
    }

    /// <summary>Many employees over a window of days: moves blocks and swaps shifts between people.</summary>
    private sealed class EmployeesOverDays(CurtoisModel model) : INeighbourhoodKind
    {
        public string Name => "employees over days";

        public Neighbourhood Next(Random random, IReadOnlyList<long> incumbent, double intensity)
        {
            var days = model.Instance.HorizonDays;
            var staff = model.Instance.Staff.Count;
            // Both dimensions grow with the square root, so that intensity 1 frees the whole roster.
            var window = Scale(Math.Sqrt(intensity), Math.Min(days, 5), days);
            var count = Scale(Math.Sqrt(intensity), 2, staff);
            var first = random.Next(days - window + 1);
            var free = new HashSet<int>();
            foreach (var e in Enumerable.Range(0, staff).OrderBy(_ => random.Next()).Take(count))
            {
                AddFree(model, e, first, first + window, free);
            }
            return new Neighbourhood(Name, free);
        }
    }

    /// <summary>
    /// Around one badly covered shift: the employees who could fill it (off that day, or on a
    /// shift that is over-covered) over a window around that day, plus a few others at random.
    /// </summary>
    private sealed class CoverGaps(CurtoisModel model) : INeighbourhoodKind
    {
        public string Name => "cover gaps";

        public Neighbourhood Next(Random random, IReadOnlyList<long> incumbent, double intensity)
        {
            var instance = model.Instance;
            var roster = model.ReadRoster(incumbent);
            var staffed = StaffedCounts(instance, roster);
            var gaps = instance.Cover.Where(c => staffed[c.Day, c.Shift] != c.Requirement).ToList();
            var target = gaps.Count > 0 ? gaps[random.Next(gaps.Count)] : instance.Cover[random.Next(instance.Cover.Count)];

            var window = Math.Min(instance.HorizonDays, 5 + random.Next(10));
            var first = Math.Clamp(target.Day - random.Next(window), 0, instance.HorizonDays - window);
            var count = Scale(intensity, 3, instance.Staff.Count);
            var candidates = Enumerable.Range(0, instance.Staff.Count)
                .Where(e => model.Assignment(e, target.Day, target.Shift) is not null)
                .OrderBy(e => IsHelpful(roster, staffed, e, target) ? 0 : 1)
                .ThenBy(_ => random.Next())
                .Take(count);
            var free = new HashSet<int>();
            foreach (var e in candidates) AddFree(model, e, first, first + window, free);
            return new Neighbourhood(Name, free);
        }

        /// <summary>Under-covered: someone not on that shift could take it. Over-covered: someone on it could leave.</summary>
        private static bool IsHelpful(Roster roster, int[,] staffed, int e, CoverRequirement target)
        {
            var shift = roster[e, target.Day];
            var under = staffed[target.Day, target.Shift] < target.Requirement;
            if (under) return shift == Roster.Off || shift != target.Shift;
            return shift == target.Shift;
        }

        private static int[,] StaffedCounts(CurtoisInstance instance, Roster roster)
        {
            var counts = new int[instance.HorizonDays, instance.Shifts.Count];
            for (var e = 0; e < roster.StaffCount; e++)
            {
                for (var d = 0; d < roster.HorizonDays; d++)
                {
                    if (roster[e, d] != Roster.Off) counts[d, roster[e, d]]++;
                }
            }
            return counts;
        }
    }
}
