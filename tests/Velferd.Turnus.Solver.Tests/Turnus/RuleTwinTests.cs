using System.Reflection;
using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Solver.Turnus;
using Velferd.Turnus.Tests.Shared;
using static Velferd.Turnus.Tests.Shared.TestUnits;
using SolverRules = Velferd.Turnus.Solver.Turnus.Rules;

namespace Velferd.Turnus.Solver.Tests.Turnus;

/// <summary>
/// Every hard rule of the plan checker has its twin in the solver with the same name (STYLE.md), so a rule added
/// to one side and not the other fails here.
/// </summary>
public sealed class RuleTwinTests
{
    /// <summary>The plan itself (known people and shifts, one shift a day): the model cannot express anything else.</summary>
    private static readonly RuleId[] Structural = [RuleId.RosterIntegrity];

    /// <summary>Checker rules enforced by a solver twin of another name, and why.</summary>
    private static readonly IReadOnlyDictionary<RuleId, Type> SharedTwins = new Dictionary<RuleId, Type>
    {
        // The 24-hour limit is a property of the same shift pairs as the daily rest.
        [RuleId.MaxHoursPerDay] = typeof(SolverRules.DailyRest),
        // The rotation average is the weekly sum over all weeks.
        [RuleId.MaxAverageHoursPerWeek] = typeof(SolverRules.MaxHoursPerWeek),
        [RuleId.ConsecutiveNights] = typeof(SolverRules.NightRules),
        [RuleId.NightWorkerAverage] = typeof(SolverRules.NightRules),
        // No variable exists for a shift the person may not have at all.
        [RuleId.NightWorkPreference] = typeof(TurnusVariables),
        [RuleId.LongShiftConsent] = typeof(TurnusVariables),
        [RuleId.Unavailability] = typeof(TurnusVariables),
    };

    private static readonly IReadOnlyList<Type> SolverRuleFunctions = typeof(SolverRules.DailyRest).Assembly.GetTypes()
        .Where(type => type.Namespace == typeof(SolverRules.DailyRest).Namespace && type.GetMethod("Add", BindingFlags.Public | BindingFlags.Static) is not null)
        .ToList();

    public static TheoryData<RuleId> Rules => [.. Enum.GetValues<RuleId>()];

    public static TheoryData<RuleId> ModelledRules => [.. Enum.GetValues<RuleId>().Except(Structural)];

    [Theory]
    [MemberData(nameof(Rules))]
    public void Every_rule_is_checked_by_a_checker_rule_of_its_name(RuleId rule)
    {
        var checker = Assert.Single(HardRules.All, hard => hard.Id == rule);

        Assert.Equal(rule.ToString(), checker.GetType().Name);
    }

    [Theory]
    [MemberData(nameof(ModelledRules))]
    public void Every_rule_has_a_solver_twin(RuleId rule)
    {
        var named = SolverRuleFunctions.SingleOrDefault(type => type.Name == rule.ToString());
        if (SharedTwins.TryGetValue(rule, out var shared))
        {
            Assert.True(named is null, $"{rule} has a solver function of its own name; remove it from the shared twins.");
            Assert.True(shared == typeof(TurnusVariables) || SolverRuleFunctions.Contains(shared), $"{shared.Name} is no solver rule function");
            return;
        }
        Assert.True(named is not null,
            $"The checker rule {rule} has no solver twin: add Solver/Turnus/Rules/{rule}.cs with a static Add, or list the function that enforces it in {nameof(SharedTwins)}.");
    }

    [Fact]
    public void Every_solver_rule_function_is_the_twin_of_a_checker_rule()
    {
        var twins = Enum.GetNames<RuleId>().Concat(SharedTwins.Values.Select(type => type.Name)).ToHashSet();

        Assert.All(SolverRuleFunctions, function => Assert.Contains(function.Name, twins));
    }

    [Fact]
    public void Every_solver_rule_function_posts_its_constraints_under_its_rule()
    {
        // A unit where every rule has something to say: seven long shifts a week exceed 54 h and the 48-hour average,
        // a fast nattevakt, weekends limited to every 2nd, a required helsefagarbeider on the day shift, a day off
        // agreed for a1 and no langvakter for n1. In explain mode the variables' rules (unavailability, langvakt
        // consent, night work) are posted under their guards too.
        var unit = TestUnits.Unit(
            [Employee("a1", 100, helgefrekvens: 2, longShifts: true, unavailable: [new(Domain.Time.Weekday.Wednesday, null, null)]),
             Employee("n1", 50, night: NightWork.Only)],
            baseStaffing: [Base(Window("07:00", "15:00"), Competence.Helsefagarbeider)]);
        var guards = new RuleGuards(enabled: true);

        TurnusModel.Build(unit, DemandEngine.Build(unit), new PlanOptions(), guards);

        var enforcedElsewhere = SharedTwins.Where(pair => pair.Value == typeof(SolverRules.DailyRest))
            .Select(pair => pair.Key).Concat(Structural);
        Assert.Equal(Enum.GetValues<RuleId>().Except(enforcedElsewhere).Order(), guards.All.Select(guard => guard.Rule).Distinct().Order());
    }

    [Fact]
    public void The_variables_leave_out_shifts_a_person_may_not_have()
    {
        var unit = TestUnits.Unit(
        [
            Employee("day", 50, night: NightWork.No),
            Employee("night", 50, night: NightWork.Only),
            Employee("short", 50, unavailable: [new(Domain.Time.Weekday.Wednesday, null, null)]),
        ]);
        var variables = new TurnusModelContext(unit, DemandEngine.Build(unit), new PlanOptions(), RuleGuards.Off).Variables;
        var index = unit.Shifts.Select((shift, i) => (shift.Code, i)).ToDictionary(pair => pair.Code, pair => pair.i);

        // NightWorkPreference: no night or sleeping night for "day", nothing but nights for "night".
        Assert.Equal(["A", "D"], variables.On(0, 0).Select(item => unit.Shifts[item.Shift].Code).Order());
        Assert.Equal(["H", "N"], variables.On(1, 0).Select(item => unit.Shifts[item.Shift].Code).Order());
        // LongShiftConsent: nobody here has agreed to langvakter.
        Assert.All(Enumerable.Range(0, 3), person => Assert.Null(variables.Shift(person, 0, index["L"])));
        // Unavailability: nothing on Wednesday (day 2).
        Assert.Empty(variables.On(2, 2));
        Assert.NotEmpty(variables.On(2, 3));
    }
}
