using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Solver.Turnus;

namespace Velferd.Turnus.Solver.Tests.Turnus;

/// <summary>A solve whose every plan (each improving one streamed, and the final one) the independent plan checker has judged.</summary>
internal sealed record CheckedSolve(TurnusResult Result, IReadOnlyList<Plan> Plans, IReadOnlyList<string> Problems)
{
    /// <summary>Solves the unit and re-checks every plan the solver produced; problems are collected, not thrown.</summary>
    /// <param name="optimiseFor">When given, the search is stopped this long after the first plan of the optimisation
    /// (the solver then returns its best plan), so a large unit costs the test its first plan and a few improvements.</param>
    public static CheckedSolve Of(Unit unit, PlanOptions options, TimeSpan? optimiseFor = null)
    {
        var streamed = new List<Plan>();
        using var stop = new CancellationTokenSource();
        var result = TurnusSolver.Solve(unit, options, progress =>
        {
            lock (streamed)
            {
                if (streamed.Count == 0 && optimiseFor is { } remaining)
                    stop.CancelAfter(remaining);
                streamed.Add(progress.Plan);
            }
        }, stop.Token);
        var plans = result.Plan is { } best ? [.. streamed, best] : streamed;
        var problems = new List<string>();
        var judged = AsScenarioMakesIt(unit, options);
        foreach (var plan in plans.Distinct())
        {
            var report = PlanChecker.Check(judged, plan);
            problems.AddRange(report.Breaches.Select(breach => $"plan {plans.IndexOf(plan) + 1} of {plans.Count}: {breach}"));
        }
        if (result.Plan is not null && result.Check is not { IsLegal: true })
            problems.Add($"the solver's own check of its plan: {result.Check?.Breaches.Count.ToString() ?? "missing"} breaches");
        return new CheckedSolve(result, plans, problems);
    }

    /// <summary>The agreements a scenario gives everybody (every Nth weekend, langvakter), written here apart from the solver's own.</summary>
    private static Unit AsScenarioMakesIt(Unit unit, PlanOptions options) => unit with
    {
        Employees = unit.Employees.Select(employee => employee with
        {
            Helgefrekvens = options.HelgefrekvensForAll ?? employee.Helgefrekvens,
            AcceptsLongShifts = employee.AcceptsLongShifts || options.LongShiftsForAll,
        }).ToList(),
        Vacancies = unit.Vacancies.Select(vacancy => vacancy with
        {
            Helgefrekvens = options.HelgefrekvensForAll ?? vacancy.Helgefrekvens,
            AcceptsLongShifts = vacancy.AcceptsLongShifts || options.LongShiftsForAll,
        }).ToList(),
    };

    public void AssertEveryPlanLegal() =>
        Assert.True(Problems.Count == 0, $"the plan checker found breaches in solver plans:\n{string.Join("\n", Problems.Take(30))}");
}
