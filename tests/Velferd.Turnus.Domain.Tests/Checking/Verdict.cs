using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Domain.Tests.Checking;

/// <summary>The plan checker's verdict on a hand-made plan, with every breach listed when the test fails.</summary>
internal static class Verdict
{
    public static CheckReport Legal(Unit unit, Plan plan)
    {
        var report = PlanChecker.Check(unit, plan);
        Assert.True(report.IsLegal, $"expected no breaches, got:\n{Describe(report)}");
        return report;
    }

    /// <summary>The one breach the plan has; fails when it has none or more.</summary>
    public static Breach Single(Unit unit, Plan plan)
    {
        var report = PlanChecker.Check(unit, plan);
        Assert.True(report.Breaches.Count == 1, $"expected exactly one breach, got {report.Breaches.Count}:\n{Describe(report)}");
        return report.Breaches[0];
    }

    public static string Describe(CheckReport report) => string.Join("\n", report.Breaches.Select(breach => $"  {breach}"));
}
