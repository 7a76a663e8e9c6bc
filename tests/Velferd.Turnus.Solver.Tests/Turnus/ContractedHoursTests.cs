using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Rules;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Solver.Modelling;
using Velferd.Turnus.Solver.Turnus;
using Velferd.Turnus.Tests.Shared;
using static Velferd.Turnus.Tests.Shared.TestUnits;

namespace Velferd.Turnus.Solver.Tests.Turnus;

/// <summary>The solver's contract for a position it sizes is the checker's, to the minute.</summary>
public sealed class ContractedHoursTests
{
    [Fact]
    public void A_grown_position_has_the_checkers_contract()
    {
        // Heltid mode may grow the 80 % position to 85 %. The checker's contracts: 80 % × 35.5 h = 1704 min, 85 % = 1810 min,
        // each ± 30 min. Shifts of 7 h 15 min give 1305, 1740 or 2175 min a week: none fits. (Five steps of 5 % rounded to
        // 107 min each would make 80 % 1712 min, and 1740 min fit.)
        var x = Shift("X", "07:00", "14:15", ShiftCategory.Day);
        var unit = TestUnits.Unit([Employee("a1", 80, desired: 85)], shifts: [x], rules: RuleSet.Default);

        var solve = CheckedSolve.Of(unit, new PlanOptions { Heltid = true, TimeLimit = TimeSpan.FromSeconds(10), Workers = 2, Seed = 1 });

        solve.AssertEveryPlanLegal();
        Assert.Equal(SolveStatus.Infeasible, solve.Result.Status);
        Assert.Contains(solve.Result.Explanation!.Rules, rule => rule.Rule == RuleId.ContractedHours && rule.PersonId == "a1");
    }
}
