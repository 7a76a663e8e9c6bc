using System.Diagnostics;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Turnus.Columns;

/// <summary>
/// A lower bound from the Dantzig–Wolfe decomposition of the turnus by person: the master LP mixes whole rotations,
/// which CP-SAT pricers find under every personal rule. It sees what the compact model's LP cannot: that a person's
/// hours come in legal rotations (rest, weekends, contract), and what each rotation costs in day patterns, wishes
/// and position size. Fairness, which compares people, is left out; its price is never negative, so the bound stays
/// valid. After every round the Lagrangian bound (master optimum + each group's size × its most negative reduced cost,
/// from the pricers' own bounds) is valid, so the bound may be read before the column generation converges; the
/// master's optimum is where it would converge (an upper limit on this bound, not on the plans).
/// Measured (docs/turnus-model.md, benchmarks/DECOMPOSITION.md): rounds take 5–40 s with CP-SAT pricers, so this is a
/// tool for long runs and benchmarks, not for the 60-second solve.
/// </summary>
public static class RotationColumnBound
{
    /// <summary>A pricing solve that only has to find rotations worth adding; the exact rounds prove there are none.</summary>
    private static readonly TimeSpan QuickPricing = TimeSpan.FromSeconds(1);

    /// <param name="start">A legal plan whose rows are the first columns (they keep the master feasible).</param>
    public static RotationBoundResult Run(
        Unit unit, StaffingCurve demand, PlanOptions options, Plan start, TimeSpan limit, Action<string>? log = null, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var people = PlannedPerson.From(unit, options);
        var groups = PricingGroup.Of(people);
        var runner = new CpSatRunner();
        // A vacancy every legal plan fills is priced only filled, as the turnus model posts it: mixed with its empty
        // rotation in the master, it would be filled by a fraction and its small-position penalty would all but vanish.
        var needed = NeededVacancies.Prove(people, unit, demand, options, runner, limit / 20, cancellation)
            .Select(person => person.Id).ToHashSet();
        var pricers = groups.Select(group => new RotationPricer(unit, demand, options, group, filled: group.Members.All(member => needed.Contains(member.Id)))).ToList();
        using var master = new RotationMaster(unit, demand, options, groups);
        var pricing = new SolveOptions(QuickPricing, Math.Max(1, options.Workers), options.Seed);
        foreach (var pricer in pricers)
            foreach (var person in pricer.Group.Members)
                if (clock.Elapsed < limit && pricer.Column(RowOf(start, person.Id, unit), pricing, runner, cancellation) is { } column)
                    master.Add(column);

        var result = new RotationBoundResult(double.NegativeInfinity, double.PositiveInfinity, 0, master.Columns, false, clock.Elapsed);
        var exact = false;
        while (clock.Elapsed < limit && !cancellation.IsCancellationRequested)
        {
            if (master.Solve(limit - clock.Elapsed) is not { } solution)
                break; // out of time, or no mix of the rotations meets the required minimum (the start plan was not legal)
            var round = Round(master, pricers, solution, exact, pricing, runner, clock, limit, cancellation);
            if (round is null)
                break; // out of time inside the round: its bound is incomplete
            var (lagrangian, added, proven) = round.Value;
            result = result with
            {
                Bound = Math.Max(result.Bound, lagrangian), Master = solution.Objective, Rounds = result.Rounds + 1, Columns = master.Columns,
                Converged = exact && proven && added == 0, Elapsed = clock.Elapsed,
            };
            log?.Invoke($"round {result.Rounds} ({(exact ? "exact" : "quick")} pricing): master {solution.Objective / 100:0} kr, " +
                        $"Lagrangian {lagrangian / 100:0} kr, bound {result.Bound / 100:0} kr, {added} new rotations ({master.Columns} in all), {clock.Elapsed.TotalSeconds:0} s");
            if (result.Converged)
                break;
            exact = added == 0; // quick pricing found nothing: prove it, or go on
        }
        return result;
    }

    /// <summary>
    /// Prices every group once under the master's duals: the Lagrangian bound, how many rotations were added, and whether
    /// every pricing was solved to the end. Exact rounds share the time left among the groups still to price.
    /// </summary>
    private static (double Lagrangian, int Added, bool Proven)? Round(
        RotationMaster master, IReadOnlyList<RotationPricer> pricers, MasterSolution solution, bool exact, SolveOptions pricing,
        CpSatRunner runner, Stopwatch clock, TimeSpan limit, CancellationToken cancellation)
    {
        var lagrangian = solution.Objective;
        var added = 0;
        var proven = true;
        for (var index = 0; index < pricers.Count; index++)
        {
            var pricer = pricers[index];
            var left = limit - clock.Elapsed;
            if (left <= TimeSpan.Zero || cancellation.IsCancellationRequested)
                return null;
            var perPricing = exact ? left / (pricers.Count - index) : QuickPricing;
            var group = pricer.Group;
            var competence = (int)group.Representative.Employee.Competence;
            double PriceOf(int day, int shift) => solution.ShiftPrice[day, shift, competence];
            var priced = pricer.Price(PriceOf, pricing with { TimeLimit = perPricing < left ? perPricing : left }, runner, cancellation);
            var dual = solution.GroupDual[group.Index];
            lagrangian += group.Count * Math.Min(0, priced.LowerBound - dual);
            proven &= priced.Optimal;
            foreach (var column in priced.Columns)
            {
                var reduced = column.Cost + column.Worked().Sum(entry => PriceOf(entry.Day, entry.Shift)) - dual;
                if (reduced < -1e-6 * Math.Max(1, Math.Abs(column.Cost)) && master.Add(column))
                    added++;
            }
        }
        return (lagrangian, added, proven);
    }

    private static int[] RowOf(Plan plan, string person, Unit unit)
    {
        var row = Enumerable.Repeat(-1, plan.Days).ToArray();
        var codes = unit.Shifts.Select((shift, index) => (shift.Code, index)).ToDictionary(entry => entry.Code, entry => entry.index);
        foreach (var assignment in plan.Assignments.Where(assignment => assignment.EmployeeId == person))
            row[assignment.Day] = codes[assignment.ShiftCode];
        return row;
    }
}

/// <summary>
/// What the decomposition reached, in øre: <see cref="Bound"/> is a valid lower bound on every plan; <see cref="Master"/>
/// is the last master optimum, which the bound approaches from below as the column generation converges.
/// </summary>
public sealed record RotationBoundResult(double Bound, double Master, int Rounds, int Columns, bool Converged, TimeSpan Elapsed);
