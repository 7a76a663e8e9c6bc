using System.Text.Json.Nodes;

namespace Velferd.Turnus.FileFormats.Tests;

/// <summary>A file with many problems yields all of them in one pass, in file order: schema and semantic alike.</summary>
public sealed class AllAtOnceTests
{
    [Fact]
    public void Schema_errors_semantic_errors_and_warnings_come_together()
    {
        var result = TestUnit.ReadWith(document =>
        {
            document.Node("employees[0]")["stillingsprosent"] = "80";                 // wrong type (schema)
            document.Node("employees[1]")["id"] = "e1";                                // duplicate id (semantic)
            document.Node("residents[0].vedtak[0]")["hoursPerWeek"] = -4;              // out of range (schema)
            document.Node("residents[1].vedtak[0].windows[0]")["to"] = "08:00";        // ends before it starts (semantic)
            document.Node("employees[1].wishes[0]")["shift"] = "Q";                    // unknown shift (semantic)
            document.Node("rules")["dailyRestHours"] = 7;                              // rule below the law (semantic)
            document.Node("employees[1]")["desiredStillingsprosent"] = 50;             // warning
        });

        Assert.Null(result.Unit);
        Assert.Equal(
            [
                "$.residents[0].vedtak[0].hoursPerWeek",
                "$.residents[1].vedtak[0].windows[0].to",
                "$.employees[0].stillingsprosent",
                "$.employees[1].id",
                "$.employees[1].desiredStillingsprosent",
                "$.employees[1].wishes[0].shift",
                "$.rules.dailyRestHours",
            ],
            result.Issues.Select(issue => issue.Path));
        Assert.Equal(6, result.Errors.Count());
        Assert.Single(result.Warnings);
    }

    [Fact]
    public void Issues_are_in_file_order()
    {
        var result = TestUnit.ReadWith(document =>
        {
            document["rules"] = new JsonObject { ["nightStartHour"] = 30 };
            document.Node("shifts[0]")["start"] = "07:10";
        });

        var lines = result.Issues.Select(issue => issue.Line ?? 0).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal(lines.Order(), lines);
    }
}
