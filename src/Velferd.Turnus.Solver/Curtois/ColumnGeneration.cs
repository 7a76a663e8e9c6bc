using System.Diagnostics;
using Google.OrTools.LinearSolver;
using Velferd.Turnus.Domain.Benchmarks.Curtois;

namespace Velferd.Turnus.Solver.Curtois;

/// <summary>
/// Dantzig–Wolfe column generation for the benchmark: the master LP picks a convex mix of legal
/// schedules per employee and pays for cover shortfall and excess; <see cref="SchedulePricer"/>
/// finds schedules with negative reduced cost. Its bound is far stronger than the compact LP
/// relaxation (instance 7: 1054.1 against 928.5, optimum 1056), and its columns feed a
/// set-partitioning CP-SAT model and its LP mix guides the LNS.
/// </summary>
internal sealed class ColumnGeneration : IDisposable
{
    private const double NegativeReducedCost = -1e-6;
    private const int ColumnsPerPricing = 4;

    private readonly CurtoisInstance _instance;
    private readonly Google.OrTools.LinearSolver.Solver _lp;
    private readonly Constraint[] _convexity;
    private readonly List<(CoverRequirement Cover, Constraint Row)> _coverRows = [];
    private readonly List<Constraint>?[,] _rowsOf;
    private readonly SchedulePricer[] _pricers;
    private readonly int[,,] _requestCost;
    private readonly int[] _requestConstant;
    private readonly List<(ScheduleColumn Column, Variable Variable)> _columns = [];
    private readonly Dictionary<string, int> _known = new(StringComparer.Ordinal);
    private readonly Variable[] _artificial;
    private readonly int[] _fixedTo;

    public ColumnGeneration(CurtoisInstance instance, HorizonEnds ends)
    {
        _instance = instance;
        int staff = instance.Staff.Count, days = instance.HorizonDays, shifts = instance.Shifts.Count;
        _lp = Google.OrTools.LinearSolver.Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("GLOP is not available.");
        _convexity = Enumerable.Range(0, staff).Select(_ => _lp.MakeConstraint(1, 1)).ToArray();
        _rowsOf = new List<Constraint>?[days, shifts];
        var objective = _lp.Objective();
        // An expensive artificial schedule per employee keeps the LP feasible before any real column exists.
        // Dearer than any whole roster can be, so it leaves the LP as soon as real schedules exist.
        ArtificialCost = 1 + instance.Cover.Sum(c => (double)c.UnderWeight * c.Requirement + (double)c.OverWeight * staff)
            + instance.ShiftOnRequests.Sum(r => (double)r.Weight) + instance.ShiftOffRequests.Sum(r => (double)r.Weight);
        _artificial = _convexity.Select(row =>
        {
            var artificial = _lp.MakeNumVar(0, 1, "");
            row.SetCoefficient(artificial, 1);
            objective.SetCoefficient(artificial, ArtificialCost);
            return artificial;
        }).ToArray();
        _fixedTo = Enumerable.Repeat(-1, staff).ToArray();
        foreach (var cover in instance.Cover)
        {
            var row = _lp.MakeConstraint(cover.Requirement, cover.Requirement);
            var under = _lp.MakeNumVar(0, double.PositiveInfinity, "");
            var over = _lp.MakeNumVar(0, double.PositiveInfinity, "");
            row.SetCoefficient(under, 1);
            row.SetCoefficient(over, -1);
            objective.SetCoefficient(under, cover.UnderWeight);
            objective.SetCoefficient(over, cover.OverWeight);
            _coverRows.Add((cover, row));
            (_rowsOf[cover.Day, cover.Shift] ??= []).Add(row);
        }
        objective.SetMinimization();

        _requestCost = new int[staff, days, shifts];
        _requestConstant = new int[staff];
        foreach (var r in instance.ShiftOnRequests)
        {
            _requestCost[r.Employee, r.Day, r.Shift] -= r.Weight;
            _requestConstant[r.Employee] += r.Weight;
        }
        foreach (var r in instance.ShiftOffRequests) _requestCost[r.Employee, r.Day, r.Shift] += r.Weight;
        _pricers = Enumerable.Range(0, staff).Select(e => new SchedulePricer(instance, e, ends)).ToArray();
    }

    /// <summary>Cost of the artificial schedule; an LP value this high means some employee has no real one.</summary>
    public double ArtificialCost { get; }

    public IReadOnlyList<ScheduleColumn> Columns => _columns.Select(c => c.Column).ToList();

    /// <summary>Adds every employee's row of a roster as a column (e.g. the incumbent).</summary>
    public void AddRoster(Roster roster)
    {
        for (var e = 0; e < _instance.Staff.Count; e++)
        {
            AddColumn(e, Enumerable.Range(0, _instance.HorizonDays).Select(d => roster[e, d]).ToArray());
        }
    }

    /// <summary>Objective of a roster made of this master's columns: request penalties plus cover penalties.</summary>
    public int Objective(Roster roster)
    {
        var total = 0;
        for (var e = 0; e < _instance.Staff.Count; e++)
        {
            total += RequestPenalty(e, Enumerable.Range(0, _instance.HorizonDays).Select(d => roster[e, d]).ToArray());
        }
        foreach (var (cover, _) in _coverRows)
        {
            var staffed = Enumerable.Range(0, _instance.Staff.Count).Count(e => roster[e, cover.Day] == cover.Shift);
            total += Math.Max(0, cover.Requirement - staffed) * cover.UnderWeight + Math.Max(0, staffed - cover.Requirement) * cover.OverWeight;
        }
        return total;
    }

    /// <summary>Request penalty of one employee's schedule.</summary>
    public int RequestPenalty(int employee, int[] shifts)
    {
        var penalty = _requestConstant[employee];
        for (var d = 0; d < shifts.Length; d++)
        {
            if (shifts[d] != Roster.Off) penalty += _requestCost[employee, d, shifts[d]];
        }
        return penalty;
    }

    /// <summary>Generates columns until no schedule prices out, the time is up or cancellation.</summary>
    /// <param name="bound">Whether the Lagrangian bound is meaningful (not while employees are fixed).</param>
    public ColumnGenerationResult Run(TimeSpan timeLimit, int threads, CancellationToken cancellation, Action<string>? log = null, bool bound = true)
    {
        var clock = Stopwatch.StartNew();
        SeedColumns(threads, cancellation);
        var lowerBound = double.NegativeInfinity;
        var lpObjective = double.NaN;
        var converged = false;
        var iterations = 0;
        TimeSpan lpTime = default, priceTime = default;
        var solved = false;
        while (!cancellation.IsCancellationRequested && clock.Elapsed < timeLimit)
        {
            iterations++;
            var lpStart = clock.Elapsed;
            solved = SolveLp();
            lpTime += clock.Elapsed - lpStart;
            if (!solved) break;
            lpObjective = _lp.Objective().Value();
            var duals = CoverDuals();
            // Read every dual before the first new column changes the LP.
            var convexityDuals = _convexity.Select(c => c.DualValue()).ToArray();
            var priceStart = clock.Elapsed;
            var priced = Price(duals, convexityDuals, threads, cancellation);
            priceTime += clock.Elapsed - priceStart;
            if (priced is null) break;

            if (bound) lowerBound = Math.Max(lowerBound, lpObjective + ReducedCosts(priced, convexityDuals).Sum(rc => Math.Min(0, rc)));
            var added = 0;
            for (var e = 0; e < priced.Length; e++)
            {
                var reducedBase = _requestConstant[e] - convexityDuals[e];
                foreach (var schedule in priced[e].Where(p => p.Cost + reducedBase < NegativeReducedCost))
                {
                    if (AddColumn(e, schedule.Shifts))
                {
                    added++;
                    solved = false;
                }
                }
            }
            if (iterations % 10 == 0) log?.Invoke($"column generation: iteration {iterations}, lp {lpObjective:F2}, bound {lowerBound:F2}, columns {_columns.Count}, {clock.Elapsed.TotalSeconds:F1}s (lp {lpTime.TotalSeconds:F1}s, pricing {priceTime.TotalSeconds:F1}s)");
            if (added == 0)
            {
                converged = true;
                if (bound) lowerBound = Math.Max(lowerBound, lpObjective);
                break;
            }
        }
        // Columns added after the last LP solve have no values yet; solve once more to read the mix.
        if (!solved && iterations > 0) solved = SolveLp();
        if (solved) lpObjective = _lp.Objective().Value();
        else lpObjective = double.NaN;
        return new ColumnGenerationResult(lowerBound, lpObjective, converged, iterations, Columns,
            solved ? AssignmentShare() : new double[_instance.Staff.Count, _instance.HorizonDays, _instance.Shifts.Count],
            solved ? _columns.Select(c => c.Variable.SolutionValue()).ToList() : _columns.Select(_ => 0.0).ToList());
    }

    /// <summary>Solves the master LP; after a numerical failure it retries once from scratch.</summary>
    private bool SolveLp()
    {
        if (_lp.Solve() == Google.OrTools.LinearSolver.Solver.ResultStatus.OPTIMAL) return true;
        _lp.Reset();
        return _lp.Solve() == Google.OrTools.LinearSolver.Solver.ResultStatus.OPTIMAL;
    }

    /// <summary>
    /// Price-and-dive: repeatedly fixes the employees whose LP mix is closest to one schedule
    /// (all above 0.99, else the most decided tenth) and re-generates columns for the others,
    /// until every employee has one schedule. The result is a legal roster; the fixing is undone
    /// afterwards so the LP can be dived again.
    /// </summary>
    public Roster? Dive(TimeSpan timeLimit, int threads, Random random, CancellationToken cancellation)
    {
        try
        {
            return DiveFromHere(Stopwatch.StartNew(), timeLimit, threads, random, cancellation);
        }
        finally
        {
            Unfix();
        }
    }

    /// <summary>
    /// Large-neighbourhood step in schedule space: every employee outside <paramref name="free"/>
    /// keeps their schedule in <paramref name="incumbent"/>; columns are generated for the free
    /// ones and, unless the converged LP proves that no roster of this neighbourhood beats
    /// <paramref name="incumbentObjective"/>, the LP is dived.
    /// </summary>
    /// <returns>A roster no worse than the LP promised, or null when the neighbourhood cannot improve.</returns>
    public Roster? DiveAround(
        Roster incumbent, double incumbentObjective, IReadOnlyCollection<int> free, TimeSpan timeLimit, int threads, Random random, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            AddRoster(incumbent);
            for (var e = 0; e < _instance.Staff.Count; e++)
            {
                if (free.Contains(e)) continue;
                var shifts = Enumerable.Range(0, _instance.HorizonDays).Select(d => incumbent[e, d]).ToArray();
                Fix(e, _known[ColumnKey(e, shifts)]);
            }
            var result = Run(timeLimit, threads, cancellation, null, bound: false);
            // Objectives are whole numbers: an LP of the neighbourhood above incumbent - 1 leaves nothing to gain.
            if (double.IsNaN(result.LpObjective) || (result.Converged && result.LpObjective > incumbentObjective - 1 + 1e-6)) return null;
            return DiveFromHere(clock, timeLimit, threads, random, cancellation);
        }
        finally
        {
            Unfix();
        }
    }

    private Roster? DiveFromHere(Stopwatch clock, TimeSpan timeLimit, int threads, Random random, CancellationToken cancellation)
    {
        while (_fixedTo.Any(f => f < 0))
        {
            var step = timeLimit - clock.Elapsed;
            if (step <= TimeSpan.Zero || cancellation.IsCancellationRequested) return null;
            var result = Run(step, threads, cancellation, null, bound: false);
            if (double.IsNaN(result.LpObjective) || result.LpObjective >= ArtificialCost) return null;
            FixMostDecided(result.ColumnValues, random);
        }
        return Roster.Create(_instance.Staff.Count, _instance.HorizonDays, (e, d) => _columns[_fixedTo[e]].Column.Shifts[d]);
    }

    private void FixMostDecided(IReadOnlyList<double> values, Random random)
    {
        var heaviest = new (int Column, double Value)[_instance.Staff.Count];
        Array.Fill(heaviest, (-1, -1.0));
        for (var i = 0; i < _columns.Count; i++)
        {
            var e = _columns[i].Column.Employee;
            // A little noise breaks ties differently in every dive.
            var value = values[i] + random.NextDouble() * 1e-3;
            if (_fixedTo[e] < 0 && value > heaviest[e].Value) heaviest[e] = (i, value);
        }
        var open = Enumerable.Range(0, heaviest.Length).Where(e => _fixedTo[e] < 0 && heaviest[e].Column >= 0).ToList();
        var decided = open.Where(e => heaviest[e].Value >= 0.99).ToList();
        if (decided.Count == 0)
        {
            decided = open.OrderByDescending(e => heaviest[e].Value).Take(Math.Max(1, open.Count / 10)).ToList();
        }
        foreach (var e in decided) Fix(e, heaviest[e].Column);
    }

    private void Fix(int employee, int column)
    {
        _fixedTo[employee] = column;
        _artificial[employee].SetUb(0);
        for (var i = 0; i < _columns.Count; i++)
        {
            if (i != column && _columns[i].Column.Employee == employee) _columns[i].Variable.SetUb(0);
        }
    }

    private void Unfix()
    {
        Array.Fill(_fixedTo, -1);
        foreach (var artificial in _artificial) artificial.SetUb(1);
        foreach (var (_, variable) in _columns) variable.SetUb(double.PositiveInfinity);
    }

    /// <summary>
    /// Gives every employee without a real column their cheapest schedule by requests alone. With
    /// only the artificial column the convexity duals are huge, nothing prunes the pricing, and
    /// shift caps that bind make it explode; one real column each avoids that.
    /// </summary>
    private void SeedColumns(int threads, CancellationToken cancellation)
    {
        var missing = Enumerable.Range(0, _instance.Staff.Count).Where(e => _columns.All(c => c.Column.Employee != e)).ToList();
        if (missing.Count == 0) return;
        int days = _instance.HorizonDays, shifts = _instance.Shifts.Count;
        var seeds = new PricedSchedule?[_instance.Staff.Count];
        Parallel.ForEach(missing, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellation }, e =>
        {
            var cost = new double[days, shifts];
            for (var d = 0; d < days; d++)
            {
                for (var s = 0; s < shifts; s++) cost[d, s] = _requestCost[e, d, s];
            }
            seeds[e] = _pricers[e].Cheapest(cost, 1).FirstOrDefault();
        });
        foreach (var e in missing)
        {
            if (seeds[e] is { } seed) AddColumn(e, seed.Shifts);
        }
    }

    /// <summary>π per (day, shift): sum of the duals of that cover's rows.</summary>
    private double[,] CoverDuals()
    {
        var duals = new double[_instance.HorizonDays, _instance.Shifts.Count];
        foreach (var (cover, row) in _coverRows) duals[cover.Day, cover.Shift] += row.DualValue();
        return duals;
    }

    /// <summary>Cheapest schedules per employee for cost = request cost − π; null when cancelled.</summary>
    private IReadOnlyList<PricedSchedule>[]? Price(double[,] duals, double[] convexityDuals, int threads, CancellationToken cancellation)
    {
        int staff = _instance.Staff.Count, days = _instance.HorizonDays, shifts = _instance.Shifts.Count;
        var priced = new IReadOnlyList<PricedSchedule>[staff];
        try
        {
            Parallel.For(0, staff, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellation }, e =>
            {
                var cost = new double[days, shifts];
                for (var d = 0; d < days; d++)
                {
                    for (var s = 0; s < shifts; s++) cost[d, s] = _requestCost[e, d, s] - duals[d, s];
                }
                // Only schedules with negative reduced cost matter: cost + constant − μ < 0.
                priced[e] = _fixedTo[e] >= 0
                    ? []
                    : _pricers[e].Cheapest(cost, ColumnsPerPricing, convexityDuals[e] - _requestConstant[e]);
            });
        }
        catch (OperationCanceledException)
        {
            return null;
        }
        return priced;
    }

    /// <summary>
    /// Most negative reduced cost per employee (0 when nothing prices out). LP + Σ of them is the
    /// Lagrangian lower bound, valid because the pricer is exact.
    /// </summary>
    private IEnumerable<double> ReducedCosts(IReadOnlyList<PricedSchedule>[] priced, double[] convexityDuals) =>
        priced.Select((schedules, e) => schedules.Count == 0 ? 0 : _requestConstant[e] + schedules[0].Cost - convexityDuals[e]);

    private bool AddColumn(int employee, int[] shifts)
    {
        if (!_known.TryAdd(ColumnKey(employee, shifts), _columns.Count)) return false;
        var column = new ScheduleColumn(employee, shifts, RequestPenalty(employee, shifts));
        var variable = _lp.MakeNumVar(0, double.PositiveInfinity, "");
        _lp.Objective().SetCoefficient(variable, column.RequestPenalty);
        _convexity[employee].SetCoefficient(variable, 1);
        for (var d = 0; d < shifts.Length; d++)
        {
            if (shifts[d] == Roster.Off || _rowsOf[d, shifts[d]] is not { } rows) continue;
            foreach (var row in rows) row.SetCoefficient(variable, 1);
        }
        _columns.Add((column, variable));
        return true;
    }

    private static string ColumnKey(int employee, int[] shifts) => $"{employee}:{string.Join(',', shifts)}";

    private double[,,] AssignmentShare()
    {
        var share = new double[_instance.Staff.Count, _instance.HorizonDays, _instance.Shifts.Count];
        foreach (var (column, variable) in _columns)
        {
            var value = variable.SolutionValue();
            if (value <= 1e-9) continue;
            for (var d = 0; d < column.Shifts.Length; d++)
            {
                if (column.Shifts[d] != Roster.Off) share[column.Employee, d, column.Shifts[d]] += value;
            }
        }
        return share;
    }

    public void Dispose() => _lp.Dispose();
}
