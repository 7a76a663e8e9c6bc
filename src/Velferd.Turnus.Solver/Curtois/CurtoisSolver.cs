using System.Diagnostics;
using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Benchmarks.Curtois;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Curtois;

/// <summary>
/// Solves one benchmark instance in four phases sharing the time limit:
/// 1. a short CP-SAT solve of the full model (first roster; closes small instances outright);
/// 2. column generation over legal employee schedules (a lower bound near the optimum);
/// 3. price-and-dive from that LP (legal, usually near-optimal rosters);
/// 4. large-neighbourhood search with CP-SAT on the full model until the time is up or the
///    roster is proven optimal.
/// Without a roster after phase 3 (column generation too large for memory on a year-long instance), the full model
/// gets the rest of the time.
/// </summary>
/// <param name="log">Receives one-line notes on the phases (for --verbose output and experiments).</param>
public sealed class CurtoisSolver(CpSatRunner runner, CurtoisModelOptions? modelOptions = null, Action<string>? log = null)
{
    private readonly CurtoisModelOptions _modelOptions = modelOptions ?? CurtoisModelOptions.Default;

    public CurtoisSolveResult Solve(
        CurtoisInstance instance, CurtoisSearchOptions options, Action<SolveProgress>? onImprovement = null, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var model = CurtoisModel.Build(instance, _modelOptions);
        var incumbent = new Incumbent(onImprovement);
        TimeSpan Until(double share) => options.TimeLimit * share - clock.Elapsed;

        var fullSolveLimit = Until(options.FullSolveShare);
        if (fullSolveLimit > TimeSpan.FromSeconds(options.FullSolveMaxSeconds)) fullSolveLimit = TimeSpan.FromSeconds(options.FullSolveMaxSeconds);
        SolveFullModel(model, options, fullSolveLimit, incumbent, clock, cancellation);
        double[,,]? assignmentShare = null;
        if (options.UseColumnGeneration && !incumbent.IsOptimal && !cancellation.IsCancellationRequested)
        {
            try
            {
                assignmentShare = GenerateAndDive(model, options, incumbent, clock, Until, cancellation);
            }
            catch (Exception error) when (error is PricingTooLargeException || error is AggregateException aggregate && aggregate.Flatten().InnerExceptions.All(inner => inner is PricingTooLargeException))
            {
                // Too large to price within memory: the other phases carry on with what they have.
                log?.Invoke($"column generation stopped: {(error as AggregateException)?.Flatten().InnerExceptions[0].Message ?? error.Message}");
            }
        }
        if (!incumbent.HasSolution && !cancellation.IsCancellationRequested && Until(1) > TimeSpan.FromMilliseconds(100))
        {
            // Nothing to improve yet (a huge instance, column generation too large to run): the full model gets the rest of the time.
            SolveFullModel(model, options, Until(1), incumbent, clock, cancellation);
        }
        if (incumbent.HasSolution && !incumbent.IsOptimal && !cancellation.IsCancellationRequested)
        {
            ImproveByLns(model, options, assignmentShare, Until(1), incumbent, clock, cancellation);
        }

        var report = incumbent.Report(clock.Elapsed);
        log?.Invoke($"done: {report.Status} objective {report.Objective} bound {report.BestBound} after {clock.Elapsed.TotalSeconds:F1}s");
        return new CurtoisSolveResult(report.HasSolution ? model.ReadRoster(report.Values) : null, report);
    }

    private void SolveFullModel(CurtoisModel model, CurtoisSearchOptions options, TimeSpan limit, Incumbent incumbent, Stopwatch clock, CancellationToken cancellation)
    {
        var full = runner.Solve(
            model.Model.Model,
            new SolveOptions(limit > TimeSpan.Zero ? limit : TimeSpan.FromMilliseconds(200), options.Workers, options.Seed, ExtraParameters: options.FullSolveParameters),
            p => incumbent.Offer(p.Objective, null, p.WallTime),
            cancellation,
            clock.Elapsed);
        incumbent.RaiseBound(full.BestBound);
        if (full.Objective is { } objective) ForceOffer(incumbent, objective, full.Values, clock.Elapsed);
        log?.Invoke($"full solve: {full.Status} objective {full.Objective} bound {full.BestBound} after {clock.Elapsed.TotalSeconds:F1}s");
    }

    /// <returns>The LP's share of every assignment, to guide the LNS (null if the LP was not solved).</returns>
    private double[,,]? GenerateAndDive(
        CurtoisModel model, CurtoisSearchOptions options, Incumbent incumbent, Stopwatch clock, Func<double, TimeSpan> until, CancellationToken cancellation)
    {
        using var generation = new ColumnGeneration(model.Instance, _modelOptions.HorizonEnds);
        if (incumbent.HasSolution) generation.AddRoster(model.ReadRoster(incumbent.Values));
        var root = generation.Run(until(options.ColumnGenerationShare), options.Workers, cancellation, log);
        incumbent.RaiseBound(root.LowerBound);
        log?.Invoke($"column generation: lp {root.LpObjective:F2}, bound {root.LowerBound:F2}, converged {root.Converged}, " +
            $"{root.Iterations} iterations, {root.Columns.Count} columns, after {clock.Elapsed.TotalSeconds:F1}s");
        if (double.IsNaN(root.LpObjective)) return null;

        var random = new Random(options.Seed);
        var fruitless = 0;
        while (!incumbent.IsOptimal && fruitless < 3 && until(options.DiveShare) > TimeSpan.Zero && !cancellation.IsCancellationRequested)
        {
            var roster = generation.Dive(until(options.DiveShare) + options.TimeLimit * 0.1, options.Workers, random, cancellation);
            if (roster is null) break;
            var values = CompleteValues(model, roster);
            var objective = values is null ? double.NaN : values.Objective;
            log?.Invoke($"dive: {objective} after {clock.Elapsed.TotalSeconds:F1}s");
            if (values is null || objective >= incumbent.Objective)
            {
                fruitless++;
                continue;
            }
            fruitless = 0;
            incumbent.Offer(objective, values.Values, clock.Elapsed);
        }
        if (incumbent.HasSolution) ImproveByColumnLns(model, generation, options, incumbent, clock, until, random, cancellation);
        return root.AssignmentShare;
    }

    /// <summary>
    /// LNS in schedule space: all but a random group of employees keep their schedules, the group's
    /// schedules are re-generated and dived. The group grows when its LP proves it cannot improve.
    /// </summary>
    private void ImproveByColumnLns(
        CurtoisModel model, ColumnGeneration generation, CurtoisSearchOptions options, Incumbent incumbent, Stopwatch clock,
        Func<double, TimeSpan> until, Random random, CancellationToken cancellation)
    {
        var staff = model.Instance.Staff.Count;
        var size = Math.Clamp(staff / 3, 2, staff);
        int tried = 0, pruned = 0, improved = 0;
        while (!incumbent.IsOptimal && until(options.ColumnLnsShare) > TimeSpan.Zero && !cancellation.IsCancellationRequested)
        {
            tried++;
            var roster = model.ReadRoster(incumbent.Values);
            var free = Enumerable.Range(0, staff).OrderBy(_ => random.Next()).Take(size).ToHashSet();
            var dived = generation.DiveAround(roster, incumbent.Objective, free, until(options.ColumnLnsShare), options.Workers, random, cancellation);
            if (dived is null)
            {
                pruned++;
                size = Math.Min(staff, size + 1);
                continue;
            }
            var objective = generation.Objective(dived);
            if (objective >= incumbent.Objective) continue;
            if (CompleteValues(model, dived) is not { } values) continue;
            improved++;
            incumbent.Offer(values.Objective, values.Values, clock.Elapsed);
            log?.Invoke($"column lns: {values.Objective} with {size} free employees after {clock.Elapsed.TotalSeconds:F1}s");
        }
        log?.Invoke($"column lns: tried {tried}, pruned {pruned}, improved {improved}, final group size {size}");
    }

    private void ImproveByLns(
        CurtoisModel model, CurtoisSearchOptions options, double[,,]? assignmentShare, TimeSpan limit, Incumbent incumbent, Stopwatch clock, CancellationToken cancellation)
    {
        if (limit <= TimeSpan.FromMilliseconds(100)) return;
        var decisions = CurtoisNeighbourhoods.DecisionVariables(model);
        var kinds = CurtoisNeighbourhoods.All(model).ToList();
        if (assignmentShare is not null) kinds.Add(new RinsNeighbourhood(decisions, LpValues(model, assignmentShare)));
        var lns = new LargeNeighbourhoodSearch(runner).Run(
            model.Model.Model,
            decisions,
            incumbent.Values,
            incumbent.Objective,
            kinds,
            new LnsOptions(limit, options.Workers, TimeSpan.FromSeconds(options.SubSolveSeconds), Seed: options.Seed,
                StopAtObjective: incumbent.Bound),
            p => incumbent.Offer(p.Objective, null, p.WallTime),
            cancellation,
            clock.Elapsed);
        ForceOffer(incumbent, lns.Objective, lns.Values, clock.Elapsed);
        foreach (var kind in lns.Kinds)
        {
            log?.Invoke($"lns {kind.Kind}: tried {kind.Tried}, improved {kind.Improved}, optimal {kind.SolvedToOptimality}, intensity {kind.FinalIntensity:F2}");
        }
    }

    /// <summary>Progress callbacks carry no values; store the final values once a phase ends.</summary>
    private static void ForceOffer(Incumbent incumbent, double objective, IReadOnlyList<long> values, TimeSpan now)
    {
        if (objective < incumbent.Objective) incumbent.Offer(objective, values, now);
        else if (objective <= incumbent.Objective && values.Count > 0 && (incumbent.Values.Count == 0 || objective == incumbent.Objective))
        {
            incumbent.Replace(values);
        }
    }

    /// <summary>The full-model solution (with every auxiliary variable) of a roster, by solving with all assignments fixed.</summary>
    private CompletedSolution? CompleteValues(CurtoisModel model, Roster roster)
    {
        var proto = model.Model.Model.Clone();
        for (var e = 0; e < model.Instance.Staff.Count; e++)
        {
            for (var d = 0; d < model.Instance.HorizonDays; d++)
            {
                for (var s = 0; s < model.Instance.Shifts.Count; s++)
                {
                    if (model.Assignment(e, d, s) is not { } x) continue;
                    var value = roster[e, d] == s ? 1 : 0;
                    var index = x.GetIndex();
                    var domain = proto.Variables[index].Domain;
                    domain.Clear();
                    domain.Add(value);
                    domain.Add(value);
                }
            }
        }
        var report = runner.Solve(proto, new SolveOptions(TimeSpan.FromSeconds(30), 1));
        return report.Objective is { } objective ? new CompletedSolution(objective, report.Values) : null;
    }

    private static double[] LpValues(CurtoisModel model, double[,,] share)
    {
        var values = new double[model.Model.Model.Variables.Count];
        for (var e = 0; e < share.GetLength(0); e++)
        {
            for (var d = 0; d < share.GetLength(1); d++)
            {
                for (var s = 0; s < share.GetLength(2); s++)
                {
                    if (model.Assignment(e, d, s) is { } x) values[x.GetIndex()] = share[e, d, s];
                }
            }
        }
        return values;
    }

    private sealed record CompletedSolution(double Objective, IReadOnlyList<long> Values);
}
