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
/// and position size. Fairness is in the master as the spread between the highest and lowest group average
/// (<see cref="FairnessRows"/>: exact for groups of one). After every round the Lagrangian bound at the prices used
/// (the coverage side's cheapest answer to them plus each group's size × its cheapest priced rotation, from the pricers'
/// own bounds) is valid, so the bound may be read before the column generation converges; the master's optimum is
/// where it would converge (an upper limit on this bound, not on the plans). The first round prices at the compact LP's
/// duals (<see cref="CompactPrices"/>), later ones at smoothed duals (<see cref="DualSmoothing"/>). Measured
/// (docs/turnus-model.md, benchmarks/DECOMPOSITION.md): it passes the solver's own bound on psykisk helse after about
/// 100 s, so it is a tool for long runs and benchmarks, not yet for the 60-second solve.
/// </summary>
public static class RotationColumnBound
{
    /// <summary>
    /// A pricing solve's time at first: enough to find rotations worth adding, and to prove most groups early on; the exact
    /// rounds prove there are none.
    /// </summary>
    private static readonly TimeSpan QuickPricing = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How far quick pricing may grow. It doubles after each round that fell short of the best bound only by what its
    /// unproven groups could still have added: late in a run the proofs, not the prices, hold the bound back (psykisk helse
    /// at 1 s: 6–8 of 13 groups proved, bound 391.7 k after 600 s; growing: 9–13 proved, 392.8 k; docs/turnus-model.md).
    /// </summary>
    private static readonly TimeSpan LongestQuickPricing = TimeSpan.FromSeconds(8);

    /// <summary>The centre's share of the smoothed prices (<see cref="DualSmoothing"/>).</summary>
    private const double SmoothingWeight = 0.5;

    /// <summary>A bound within this many øre of the master's optimum has met it.</summary>
    private const double ConvergenceTolerance = 1;

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
        var coverage = new MasterCoverage(unit, demand, options);
        using var master = new RotationMaster(coverage, groups, unit.Shifts, options.Weights);
        using var lagrangian = new CoverageLagrangian(coverage);
        var smoothing = new DualSmoothing(SmoothingWeight);
        // One worker at linearization level 2 per pricing, the groups priced side by side. Measured on psykisk helse (lab,
        // docs/turnus-model.md): pricing all 13 groups to optimality at the master's duals took 2.8 s so, against 24.8 s
        // with two workers at the default level, which left one group unproven after 10 s; at other duals 1.3 s so (0.7 s
        // two at a time), against 11.1 s with two workers at level 2.
        var pricing = new SolveOptions(QuickPricing, 1, options.Seed).With("linearization_level:2");
        var parallel = Math.Max(1, options.Workers);
        foreach (var pricer in pricers)
            foreach (var person in pricer.Group.Members)
                if (clock.Elapsed < limit && pricer.Column(RowOf(start, person.Id, unit), pricing, runner, cancellation) is { } column)
                    master.Add(column);

        var result = new RotationBoundResult(double.NegativeInfinity, double.PositiveInfinity, 0, master.Columns, false, clock.Elapsed);
        var opening = Opening(master, coverage, pricers, clock, limit, log);
        var exact = false;
        while (clock.Elapsed < limit && !cancellation.IsCancellationRequested)
        {
            if (master.Solve(limit - clock.Elapsed) is not { } solution)
                break; // out of time, or no mix of the rotations meets the required minimum (the start plan was not legal)
            var atOpening = opening is not null;
            var prices = opening ?? smoothing.Blend(solution.Prices);
            opening = null;
            var round = Round(master, pricers, lagrangian, unit.Shifts, solution, prices, exact, pricing, parallel, runner, clock, limit, cancellation);
            if (round is { Added: 0 } && !ReferenceEquals(prices, solution.Prices))
            {
                // Mispriced: nothing the master wants at the smoothed prices. At the master's own duals either a rotation
                // turns up or, priced exactly, the bound meets the master.
                smoothing.Record(prices, round.Value.Lagrangian);
                prices = solution.Prices;
                round = Round(master, pricers, lagrangian, unit.Shifts, solution, prices, exact, pricing, parallel, runner, clock, limit, cancellation);
            }
            if (round is null)
                break; // out of time inside the round: its bound is incomplete
            var (lagrangianBound, added, provenGroups, provable) = round.Value;
            var proven = provenGroups == pricers.Count;
            if (lagrangianBound < smoothing.Best && provable >= smoothing.Best && pricing.TimeLimit < LongestQuickPricing)
                pricing = pricing with { TimeLimit = pricing.TimeLimit * 2 };
            smoothing.Record(prices, lagrangianBound);
            var atDuals = ReferenceEquals(prices, solution.Prices);
            result = result with
            {
                Bound = smoothing.Best, Master = solution.Objective, Rounds = result.Rounds + 1, Columns = master.Columns,
                Converged = (exact && proven && added == 0 && atDuals) || smoothing.Best >= solution.Objective - ConvergenceTolerance,
                Elapsed = clock.Elapsed,
            };
            log?.Invoke($"round {result.Rounds} ({(exact ? "exact pricing" : $"quick pricing, {pricing.TimeLimit.TotalSeconds:0} s a group")}{(atDuals ? "" : atOpening ? ", the compact LP's prices" : ", smoothed")}): master {solution.Objective / 100:0} kr, " +
                        $"Lagrangian {lagrangianBound / 100:0} kr ({provenGroups} of {pricers.Count} groups priced to a proof; at most {provable / 100:0} kr with all proved), bound {result.Bound / 100:0} kr, " +
                        $"{added} new rotations ({master.Columns} in all), {clock.Elapsed.TotalSeconds:0} s");
            if (result.Converged)
                break;
            exact = added == 0; // quick pricing found nothing: prove it, or go on
        }
        // A round cut short by the time limit may follow one whose bound was recorded but not yet reported.
        return result with { Bound = smoothing.Best };
    }

    /// <summary>
    /// Prices every group once at the given prices, <paramref name="parallel"/> groups at a time: the Lagrangian bound there
    /// (the coverage side's share plus each group's size × its cheapest priced rotation), how many rotations the master wants
    /// at its own duals, and how many groups were priced to a proof. Exact rounds share the time left among the groups.
    /// </summary>
    private static RoundOutcome? Round(
        RotationMaster master, IReadOnlyList<RotationPricer> pricers, CoverageLagrangian lagrangian, IReadOnlyList<ShiftDefinition> shifts,
        MasterSolution solution, MasterPrices prices, bool exact, SolveOptions pricing, int parallel, CpSatRunner runner, Stopwatch clock,
        TimeSpan limit, CancellationToken cancellation)
    {
        var bound = lagrangian.Value(prices.Shift, limit - clock.Elapsed) + master.Fairness.LagrangianShare(prices);
        var provable = bound;
        var share = exact ? (limit - clock.Elapsed) * parallel / pricers.Count : pricing.TimeLimit;
        var results = new PricingResult?[pricers.Count];
        Parallel.For(0, pricers.Count, new ParallelOptions { MaxDegreeOfParallelism = parallel }, index =>
        {
            var left = limit - clock.Elapsed;
            if (left <= TimeSpan.Zero || cancellation.IsCancellationRequested)
                return; // left without a result: the round is incomplete
            var at = new GroupPrices(prices, pricers[index].Group, master.Fairness, shifts);
            results[index] = pricers[index].Price(at.Shift, at.Weekend, pricing with { TimeLimit = share < left ? share : left }, runner, cancellation);
        });
        if (results.Any(result => result is null))
            return null;
        var added = 0;
        var proven = 0;
        for (var index = 0; index < pricers.Count; index++)
        {
            var group = pricers[index].Group;
            var priced = results[index]!;
            bound += group.Count * priced.LowerBound;
            proven += priced.Optimal ? 1 : 0;
            provable += group.Count * (priced.Optimal ? priced.LowerBound : priced.BestFound);
            var atDuals = new GroupPrices(solution.Prices, group, master.Fairness, shifts);
            var dual = solution.GroupDual[group.Index];
            foreach (var column in priced.Columns)
            {
                var reduced = column.Cost + atDuals.Of(column) - dual;
                if (reduced < -1e-6 * Math.Max(1, Math.Abs(column.Cost)) && master.Add(column))
                    added++;
            }
        }
        return new RoundOutcome(bound, added, proven, provable);
    }

    /// <param name="Lagrangian">The Lagrangian bound at the round's prices.</param>
    /// <param name="Added">Rotations the master wants at its own duals.</param>
    /// <param name="Proven">Groups priced to a proof.</param>
    /// <param name="Provable">The most the Lagrangian could be once every group is proved: each unproven group counted at its
    /// best rotation found instead of its bound (infinite when a group found none in time: it needs the time most).</param>
    private readonly record struct RoundOutcome(double Lagrangian, int Added, int Proven, double Provable);

    /// <summary>The first round's prices (<see cref="CompactPrices"/>), or null to start from the master's duals.</summary>
    private static MasterPrices? Opening(
        RotationMaster master, MasterCoverage coverage, IReadOnlyList<RotationPricer> pricers, Stopwatch clock, TimeSpan limit, Action<string>? log)
    {
        var started = clock.Elapsed;
        if (CompactPrices.Solve(coverage, pricers, master.Fairness, limit - clock.Elapsed) is not { } compact)
            return null;
        log?.Invoke($"compact LP {compact.Value / 100:0} kr, built and solved in {(clock.Elapsed - started).TotalSeconds:0.0} s " +
                    $"({clock.Elapsed.TotalSeconds:0} s in): its duals price the first round");
        return compact.Prices;
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
