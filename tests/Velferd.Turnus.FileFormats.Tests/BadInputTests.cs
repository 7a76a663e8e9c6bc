using Velferd.Turnus.FileFormats.Validation;

namespace Velferd.Turnus.FileFormats.Tests;

public sealed class BadInputTests
{
    public static TheoryData<string> Names => new(BadInputs.All.Select(input => input.Name));

    [Fact]
    public void The_test_unit_itself_is_valid_without_warnings()
    {
        var result = TestUnit.Read();

        Assert.Empty(result.Issues);
        Assert.NotNull(result.Unit);
    }

    [Fact]
    public void The_catalogue_has_distinct_inputs()
    {
        Assert.True(BadInputs.All.Count >= 30);
        Assert.Equal(BadInputs.All.Count, BadInputs.All.Select(input => input.Name).Distinct().Count());
        Assert.Equal(BadInputs.All.Count, BadInputs.All.Select(input => (input.Path, input.Value, input.Message)).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Reports_the_exact_path_value_and_message(string name)
    {
        var bad = BadInputs.Named(name);

        var result = TestUnit.ReadWith(bad.Edit);

        var atPath = result.Issues.Where(issue => issue.Path == bad.Path).ToList();
        Assert.True(atPath.Count == 1, $"expected one issue at {bad.Path}, got:\n{string.Join("\n", result.Issues)}");
        var issue = atPath[0];
        Assert.Equal(bad.Message, issue.Message);
        Assert.Equal(bad.Value, issue.Value);
        Assert.Equal(bad.Severity, issue.Severity);
        Assert.Equal(TestUnit.FileName, issue.File);
        Assert.NotNull(issue.Line);
        if (bad.OnlyIssue)
            Assert.True(result.Issues.Count == 1, $"expected only this issue, got:\n{string.Join("\n", result.Issues)}");
        Assert.Equal(bad.Severity == IssueSeverity.Warning && result.Errors.Count() == 0, result.IsValid);
    }

    [Fact]
    public void An_issue_reads_as_file_line_column_path_value_and_message()
    {
        var result = TestUnit.ReadWith(BadInputs.Named("vedtak hours negative").Edit);

        var issue = Assert.Single(result.Issues);
        Assert.Matches(@"^test-unit\.json:\d+:\d+: \$\.residents\[0\]\.vedtak\[0\]\.hoursPerWeek = -4: must be between 0 and 168$", issue.ToString());
    }

    [Fact]
    public void A_warning_says_so()
    {
        var result = TestUnit.ReadWith(BadInputs.Named("vedtak of 0 hours").Edit);

        Assert.Contains(": warning: $.residents[0].vedtak[0].hoursPerWeek = 0: is 0", Assert.Single(result.Issues).ToString());
    }
}
