using System.Text.Json;
using Velferd.Turnus.Tests.Shared;

namespace Velferd.Turnus.FileFormats.Tests;

/// <summary>docs/unit-file.md documents every field of the schema, so adding a field without its documentation fails.</summary>
public sealed class DocumentationTests
{
    private static IEnumerable<string> FieldNames(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "properties" && property.Value.ValueKind == JsonValueKind.Object)
                {
                    foreach (var field in property.Value.EnumerateObject())
                        yield return field.Name;
                }
                foreach (var nested in FieldNames(property.Value))
                    yield return nested;
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var nested in FieldNames(item))
                    yield return nested;
            }
        }
    }

    [Fact]
    public void The_unit_file_documentation_names_every_schema_field()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.File("schema", "unit.schema.json")));
        var docs = File.ReadAllText(RepositoryRoot.File("docs", "unit-file.md"));

        var fields = FieldNames(schema.RootElement).Distinct().ToList();

        Assert.True(fields.Count > 60);
        Assert.All(fields, field => Assert.Contains($"`{field}`", docs));
    }
}
