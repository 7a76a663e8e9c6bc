using Velferd.Turnus.FileFormats.Units;

namespace Velferd.Turnus.FileFormats.Tests;

/// <summary>Text that is not JSON: one error, located by line and column, and no unit.</summary>
public sealed class SyntaxErrorTests
{
    [Fact]
    public void A_missing_comma_is_located_by_line_and_column()
    {
        const string text = "{\n  \"formatVersion\": 1,\n  \"id\": \"x\"\n  \"name\": \"X\"\n}";

        var result = UnitFileReader.Parse(text, "broken.json");

        var issue = Assert.Single(result.Issues);
        Assert.Null(result.Unit);
        Assert.Equal(4, issue.Line);
        Assert.Equal(3, issue.Column);
        Assert.StartsWith("malformed JSON: ", issue.Message);
        Assert.StartsWith("broken.json:4:3: $.id: malformed JSON: ", issue.ToString());
    }

    [Fact]
    public void An_unclosed_list_is_located_where_the_text_goes_wrong()
    {
        const string text = "{\n  \"shifts\": [1, 2,\n}";

        var issue = Assert.Single(UnitFileReader.Parse(text, "broken.json").Issues);

        Assert.Equal(3, issue.Line);
        Assert.Equal(1, issue.Column);
        Assert.Equal("malformed JSON: Unexpected character encountered while parsing value: }", issue.Message);
    }

    [Fact]
    public void A_field_given_twice_is_an_error_not_a_silent_overwrite()
    {
        var issue = Assert.Single(UnitFileReader.Parse("{ \"id\": \"a\", \"id\": \"b\" }", "twice.json").Issues);

        Assert.Equal("$.id", issue.Path);
        Assert.Equal("malformed JSON: Property with the name 'id' already exists in the current JSON object", issue.Message);
        Assert.Equal(1, issue.Line);
    }

    [Fact]
    public void Text_after_the_document_is_reported()
    {
        var issue = Assert.Single(UnitFileReader.Parse("{ }\n{ }", "two.json").Issues);

        Assert.Equal("malformed JSON: more content after the end of the document", issue.Message);
        Assert.Equal(2, issue.Line);
    }

    [Fact]
    public void An_empty_file_says_so()
    {
        var issue = Assert.Single(UnitFileReader.Parse("  \n", "empty.json").Issues);

        Assert.Equal("empty.json:1:1: $: malformed JSON: the file is empty; a unit file is one JSON object { ... }", issue.ToString());
    }

    [Fact]
    public void A_missing_file_names_where_it_was_looked_for()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-unit-{Guid.NewGuid():N}.json");

        var issue = Assert.Single(UnitFileReader.ReadFile(path).Issues);

        Assert.Equal($"{path}: $: file not found (looked in {Path.GetFullPath(path)})", issue.ToString());
    }

    [Fact]
    public void Comments_and_trailing_commas_are_allowed()
    {
        var text = TestUnit.Json.Replace("\"formatVersion\": 1,", "// a comment people write\n  \"formatVersion\": 1,")
            .Replace("\"count\": 1 }", "\"count\": 1, }");

        var result = UnitFileReader.Parse(text, TestUnit.FileName);

        Assert.Empty(result.Issues);
        Assert.NotNull(result.Unit);
    }
}
