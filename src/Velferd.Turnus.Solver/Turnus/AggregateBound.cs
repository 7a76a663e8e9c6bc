using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Rules;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Solver.Modelling;
using Velferd.Turnus.Solver.Turnus.Rules;
using Velferd.Turnus.Solver.Turnus.Soft;

namespace Velferd.Turnus.Solver.Turnus;

/// <summary>
/// A lower bound on the plan's objective from the aggregate relaxation: decide only how many of each competence
/// work each shift each day, under what every roster implies (one shift a day per person, the competence's total
/// contracted hours, its weekend capacity under helgefrekvens), and price coverage, supplements and positions as
/// the real model does. Every plan maps to a solution of it with the same money terms and its other terms are
/// never negative, so its optimum (or its own bound) is a valid bound; being small and integral, it captures the
/// cost of covering fractional demand with whole people, which the real model's LP misses.
/// </summary>
public static class AggregateBound
{
    public static SolveReport Solve(Unit unit, StaffingCurve demand, PlanOptions options, CpSatRunner runner, TimeSpan limit, CancellationToken cancellation)
    {
        var (context, coverage) = Relaxation(unit, demand, options);
        Soft.Coverage.Add(context, coverage);
        Supplements.Add(context, coverage);
        Positions.Add(context);
        context.Objective.Minimize(context.Model);
        return runner.Solve(context.Model, SolveOptionsOf(options, limit) with { StopWhenBoundStalls = Settled }, null, cancellation);
    }

    /// <summary>
    /// On the samples the bound rises every 0.1 s or so once presolve is done and settles within a second or two of one
    /// worker (it is then the relaxation's optimum or close to it), so the solve ends once it has not risen for this long
    /// instead of holding its core to the limit.
    /// </summary>
    private static readonly TimeSpan Settled = TimeSpan.FromSeconds(0.5);

    /// <summary>
    /// Whether the relaxation has any solution: the minimum staffing within what the staff's contracts, days and
    /// weekends allow. Infeasible is a proof that the unit has no legal plan (every plan maps to a solution); feasible
    /// says nothing about the plan. Stops at the first solution, so it takes a fraction of the bound's time.
    /// </summary>
    public static SolveStatus Admits(Unit unit, StaffingCurve demand, PlanOptions options, CpSatRunner runner, TimeSpan limit, CancellationToken cancellation) =>
        runner.Solve(Relaxation(unit, demand, options).Context.Model, SolveOptionsOf(options, limit), null, cancellation).Status;

    /// <summary>The counts per (day, shift, competence) under the minimum staffing and the staff's capacity, without prices.</summary>
    private static (TurnusModelContext Context, CoverageSegments Coverage) Relaxation(Unit unit, StaffingCurve demand, PlanOptions options)
    {
        var context = new TurnusModelContext(unit, demand, options, RuleGuards.Off);
        var coverage = new CoverageSegments(context, countPeople: false);
        CompetenceMinimum.Add(context, coverage);
        AddCapacity(context, coverage);
        return (context, coverage);
    }

    private static SolveOptions SolveOptionsOf(PlanOptions options, TimeSpan limit) =>
        new(limit, Math.Max(1, options.Workers), options.Seed, ExtraParameters: options.ExtraSolverParameters);

    private static void AddCapacity(TurnusModelContext context, CoverageSegments coverage)
    {
        foreach (var competence in CompetenceCodes.All)
        {
            var people = context.People.Where(person => person.Employee.Competence == competence).ToList();
            if (people.Count == 0)
                continue;
            var contracts = people.ToDictionary(person => person.Index, person => context.Sizes.ContractMinutes(context.Model, person.Index));
            var mayWork = people.ToDictionary(person => person.Index, person => Enumerable.Range(0, context.Days)
                .SelectMany(day => context.Variables.On(person.Index, day).Select(entry => entry.Shift)).ToHashSet());
            var all = mayWork.Values.SelectMany(shifts => shifts).ToHashSet();
            // Nobody works two shifts a day: a day's counts are at most the people who can work that day.
            HeadsPerDay(context, coverage, competence, people, all);
            ContractedHours(context, coverage, competence, people, contracts);
            ShiftSetCapacity(context, coverage, competence, people, contracts, mayWork, all);
            Weekends(context, coverage, competence, people);
        }
    }

    /// <summary>The competence's worked minutes are the sum of its contracts (fixed, or the planner's sizes) within their tolerances.</summary>
    private static void ContractedHours(
        TurnusModelContext context, CoverageSegments coverage, Competence competence, List<PlannedPerson> people, Dictionary<int, LinearExpr> contracts)
    {
        var tolerance = WorkingTime.ToleranceMinutes(context.Rules, context.Weeks) * (long)people.Count;
        var worked = Minutes(context, coverage, competence, Enumerable.Range(0, context.Shifts.Count).ToHashSet()) - LinearExpr.Sum(contracts.Values);
        context.Model.Add(worked <= tolerance);
        context.Model.Add(worked >= -tolerance);
    }

    /// <summary>
    /// Hall's condition over sets of shifts: only the people who may work some shift of a set at all can cover it, so
    /// they bound its minutes over the rotation (their contracts within tolerance) and its heads on each day. Night-only
    /// staff cannot cover days, nor day staff nights; without this the relaxation lets any contract hour cover any shift.
    /// The sets tried are each person's own shifts and the rest of the competence's shifts (<paramref name="all"/>, the
    /// whole set, is the contract total and one shift a day).
    /// </summary>
    private static void ShiftSetCapacity(
        TurnusModelContext context, CoverageSegments coverage, Competence competence, List<PlannedPerson> people, Dictionary<int, LinearExpr> contracts,
        Dictionary<int, HashSet<int>> mayWork, HashSet<int> all)
    {
        var sets = mayWork.Values.SelectMany(own => new[] { own, all.Except(own).ToHashSet() })
            .Where(set => set.Count > 0 && set.Count < all.Count)
            .DistinctBy(set => string.Join(',', set.Order()));
        var tolerance = WorkingTime.ToleranceMinutes(context.Rules, context.Weeks);
        foreach (var shifts in sets)
        {
            var able = people.Where(person => mayWork[person.Index].Overlaps(shifts)).ToList();
            context.Model.Add(Minutes(context, coverage, competence, shifts) <= LinearExpr.Sum(able.Select(person => contracts[person.Index])) + tolerance * able.Count);
            HeadsPerDay(context, coverage, competence, able, shifts);
        }
    }

    /// <summary>On each day, the heads on a set of shifts are at most the people who may work one of them that day.</summary>
    private static void HeadsPerDay(TurnusModelContext context, CoverageSegments coverage, Competence competence, List<PlannedPerson> able, HashSet<int> shifts)
    {
        for (var day = 0; day < context.Days; day++)
        {
            var heads = shifts.Select(s => coverage.OnShift(day, s, competence)).OfType<IntVar>().ToList();
            var available = able.Count(person => context.Variables.On(person.Index, day).Any(entry => shifts.Contains(entry.Shift)));
            if (heads.Count > 0)
                context.Model.Add(LinearExpr.Sum(heads) <= available);
        }
    }

    private static LinearExpr Minutes(TurnusModelContext context, CoverageSegments coverage, Competence competence, HashSet<int> shifts)
    {
        var minutes = new List<LinearExpr>();
        for (var day = 0; day < context.Days; day++)
            foreach (var s in shifts)
                if (coverage.OnShift(day, s, competence) is { } count)
                    minutes.Add(LinearExpr.Term(count, context.CountedMinutes(s)));
        return LinearExpr.Sum(minutes);
    }

    /// <summary>
    /// People working a weekend are at least those on the shifts overlapping it on any one day (one shift a day each, so
    /// a day's counts are different people); over the rotation, at most what their helgefrekvens allows (⌊weeks / N⌋
    /// weekends each). With a nurse on day, evening and night, a weekend needs three nurses, not one.
    /// </summary>
    private static void Weekends(TurnusModelContext context, CoverageSegments coverage, Competence competence, List<PlannedPerson> people)
    {
        var working = new List<IntVar>();
        for (var week = 0; week < context.Weeks; week++)
        {
            var (start, end) = WorkingTime.Weekend(week);
            var overlapping = people.Count;
            var worked = context.Model.NewIntVar(0, overlapping, $"weekendcount_{competence.Code()}_{week}");
            for (var day = week * 7 + 4; day <= week * 7 + 6; day++)
            {
                var touching = Enumerable.Range(0, context.Shifts.Count)
                    .Where(s => Overlaps(context, day, s, start, end))
                    .Select(s => coverage.OnShift(day, s, competence)).OfType<IntVar>().ToList();
                if (touching.Count > 0)
                    context.Model.Add(LinearExpr.Sum(touching) <= worked);
            }
            working.Add(worked);
        }
        var allowed = people.Sum(person => person.Employee.Helgefrekvens <= 1 ? context.Weeks : context.Weeks / person.Employee.Helgefrekvens);
        context.Model.Add(LinearExpr.Sum(working) <= allowed);
    }

    private static bool Overlaps(TurnusModelContext context, int day, int s, int start, int end)
    {
        var shiftStart = Domain.Planning.RotationCalendar.StartMinute(day, context.Shifts[s]);
        return shiftStart < end && start < shiftStart + context.Shifts[s].DurationMinutes;
    }

}
