using Velferd.Turnus.Domain.Checking;

namespace Velferd.Turnus.Domain.Tests.Checking;

/// <summary>A hard rule added to the checker needs its own test class here, with a legal plan and a planted breach.</summary>
public sealed class EveryRuleTestedTests
{
    public static TheoryData<string> Rules => [.. HardRules.All.Select(rule => rule.GetType().Name)];

    [Theory]
    [MemberData(nameof(Rules))]
    public void Every_hard_rule_has_a_test_class(string rule)
    {
        var tests = typeof(EveryRuleTestedTests).Assembly.GetType($"{typeof(EveryRuleTestedTests).Namespace}.{rule}Tests");

        Assert.True(tests is not null, $"Add Checking/{rule}Tests.cs: a legal hand-made plan, and the same plan with exactly one {rule} breach.");
    }
}
