using Velferd.Turnus.Domain.Rules;
using Velferd.Turnus.Tests.Shared;

namespace Velferd.Turnus.Domain.Tests.Rules;

public sealed class RuleCatalogueTests
{
    /// <summary>The defaults shared/DOMAIN.md states (law and KS agreement), and the house defaults for the rest.</summary>
    public static TheoryData<string, double> Defaults => new()
    {
        { "fullTimeHoursPerWeek", 35.5 },      // KS: turnus with Sunday/night work
        { "maxHoursPerDay", 12.5 },            // AML §10-5 with union agreement
        { "maxHoursPerWeek", 54 },             // AML §10-5: never over 54 h in one week
        { "maxAverageHoursPerWeek", 48 },      // AML §10-5: 48 h averaged
        { "dailyRestHours", 11 },              // AML §10-8(1)
        { "weeklyRestHours", 35 },             // AML §10-8(2)
        { "maxConsecutiveSundays", 1 },        // AML §10-8(4): off the Sunday after a working Sunday
        { "nightStartHour", 21 },              // AML §10-11: night 21–06
        { "nightEndHour", 6 },
        { "maxNightWorkerHoursPerDay", 8 },    // AML §10-11(3)
        { "maxConsecutiveNights", 4 },
        { "maxConsecutiveWorkDays", 6 },
        { "contractToleranceHoursPerWeek", 0.5 },
        { "sleepingNightCountFactor", 0.5 },
        { "quickReturnHours", 13 },
        { "defaultHelgefrekvens", 3 },         // every 3rd weekend
    };

    [Theory]
    [MemberData(nameof(Defaults))]
    public void Default_values(string name, double value)
    {
        var rule = RuleCatalogue.Find(name);

        Assert.NotNull(rule);
        Assert.Equal(value, rule.Default);
    }

    [Fact]
    public void Every_rule_has_a_default_listed_above()
    {
        Assert.Equal(Defaults.Select(row => (string)row[0]).Order(), RuleCatalogue.All.Select(rule => rule.Name).Order());
    }

    [Fact]
    public void Every_default_lies_in_its_allowed_range_and_every_rule_names_its_source()
    {
        Assert.All(RuleCatalogue.All, rule =>
        {
            Assert.True(rule.Minimum < rule.Maximum, rule.Name);
            Assert.True(rule.Allows(rule.Default), rule.Name);
            Assert.False(string.IsNullOrWhiteSpace(rule.Source), rule.Name);
            Assert.False(string.IsNullOrWhiteSpace(rule.Description), rule.Name);
        });
    }

    [Fact]
    public void Ranges_follow_the_law()
    {
        var dailyRest = RuleCatalogue.Find("dailyRestHours")!;
        Assert.True(dailyRest.Allows(8));   // lowest by collective agreement, AML §10-8(3)
        Assert.False(dailyRest.Allows(7.5));
        var weeklyRest = RuleCatalogue.Find("weeklyRestHours")!;
        Assert.True(weeklyRest.Allows(28));
        Assert.False(weeklyRest.Allows(27));
        Assert.False(RuleCatalogue.Find("maxConsecutiveNights")!.Allows(2.5)); // whole numbers only
        Assert.Equal("must be a whole number between 1 and 7", RuleCatalogue.Find("maxConsecutiveNights")!.AllowedText);
        Assert.Equal("must be between 6 and 12.5 h", RuleCatalogue.Find("maxNightWorkerHoursPerDay")!.AllowedText);
    }

    [Fact]
    public void Setting_a_rule_changes_only_that_rule()
    {
        var rule = RuleCatalogue.Find("dailyRestHours")!;

        var changed = rule.With(RuleSet.Default, 9);

        Assert.Equal(9, rule.Get(changed));
        Assert.Equal(RuleSet.Default with { DailyRestHours = 9 }, changed);
        Assert.Null(RuleCatalogue.Find("dailyRest"));
    }

    [Fact]
    public void Names_are_unique()
    {
        Assert.Equal(RuleCatalogue.All.Count, RuleCatalogue.All.Select(rule => rule.Name).Distinct().Count());
    }

    [Fact]
    public void The_rules_documentation_names_every_rule()
    {
        var docs = File.ReadAllText(RepositoryRoot.File("docs", "rules.md"));

        Assert.All(RuleCatalogue.All, rule => Assert.Contains($"`{rule.Name}`", docs));
    }
}
