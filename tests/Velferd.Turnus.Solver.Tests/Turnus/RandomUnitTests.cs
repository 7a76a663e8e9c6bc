using Velferd.Turnus.FileFormats.Units;
using Velferd.Turnus.Solver.Modelling;
using Xunit.Abstractions;

namespace Velferd.Turnus.Solver.Tests.Turnus;

/// <summary>
/// The property behind the solver: whatever small unit it is given, every plan it returns passes the independent plan
/// checker and costs no less than the reported lower bound, and when it says the unit cannot be planned it names the
/// rules that conflict. Seeds are fixed, so a failing
/// unit comes back on the next run; its file is printed so it can be replayed with `turnus plan`.
/// </summary>
public sealed class RandomUnitTests(ITestOutputHelper output)
{
    private const int FirstSeed = 1;
    private const int Units = 40;

    [Fact]
    public void Every_plan_for_a_random_small_unit_passes_the_checker()
    {
        var failures = new List<string>();
        int planned = 0, infeasible = 0, undecided = 0;
        for (var seed = FirstSeed; seed < FirstSeed + Units; seed++)
        {
            var (json, options) = RandomUnits.Generate(seed);
            var read = UnitFileReader.Parse(json, $"tilfeldig-{seed}.json");
            if (read.Unit is not { } unit)
            {
                failures.Add(Describe(seed, json, options, read.Errors.Select(issue => issue.ToString())));
                continue;
            }

            var solve = CheckedSolve.Of(unit, options);

            var result = solve.Result;
            output.WriteLine($"seed {seed}: {unit.Employees.Count} ansatte, {unit.RotationWeeks} uker, {unit.Shifts.Count} vakter: {result.Status}, " +
                             $"{solve.Plans.Count} planer, {result.WallTime.TotalSeconds:0.0} s{(result.Explanation is { } why ? $", forklaring: {string.Join(", ", why.Rules.Select(rule => rule.Rule).Distinct())}" : "")}");
            if (result.HasPlan)
                planned++;
            else if (result.Status == SolveStatus.Infeasible)
                infeasible++;
            else
                undecided++;

            var problems = solve.Problems.ToList();
            // Every lower bound (CP-SAT's and the aggregate relaxation's) must hold for the plan found.
            if (result.ObjectiveNok is { } objective && result.BoundNok > objective + 0.01)
                problems.Add($"lower bound {result.BoundNok:0.00} above the plan's objective {objective:0.00}");
            if (result.Status == SolveStatus.Infeasible && result.Explanation is not { Rules.Count: > 0 })
                problems.Add("infeasible without an explanation naming a rule");
            if (problems.Count > 0)
                failures.Add(Describe(seed, json, options, problems));
        }

        output.WriteLine($"{planned} planned, {infeasible} infeasible with explanation, {undecided} undecided in time");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        // Most units must get a plan, or the property says little; some must be infeasible, so explanations are tried too.
        Assert.True(planned >= Units / 2, $"only {planned} of {Units} random units got a plan");
        Assert.True(infeasible > 0, "no random unit was infeasible: the explanations went untested");
    }

    private static string Describe(int seed, string json, Solver.Turnus.PlanOptions options, IEnumerable<string> problems) =>
        $"seed {seed} (heltid {options.Heltid}, helgefrekvens for alle {options.HelgefrekvensForAll}, langvakter for alle {options.LongShiftsForAll}):\n" +
        string.Join("\n", problems.Take(20).Select(problem => $"  {problem}")) + $"\n{json}";
}
