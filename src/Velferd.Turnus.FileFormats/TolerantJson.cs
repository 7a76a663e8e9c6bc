using System.Text.Json;
using Newtonsoft.Json.Linq;
using Velferd.Turnus.FileFormats.Validation;

namespace Velferd.Turnus.FileFormats;

/// <summary>
/// Reads a checked document into its typed records. A field whose value has the wrong type (the schema has said
/// so) is left out and the rest is read, so the semantic checks still run. A wrongly typed list item stops them:
/// leaving it out would shift the positions every later issue names.
/// </summary>
internal static class TolerantJson
{
    private const int MaxFieldsLeftOut = 100;

    /// <param name="documentation">The page that documents the format, named in the message.</param>
    public static T? Deserialize<T>(JToken document, IssueList issues, string documentation) where T : class
    {
        var readable = document.DeepClone();
        for (var attempt = 0; attempt < MaxFieldsLeftOut; attempt++)
        {
            try
            {
                return JsonSerializer.Deserialize<T>(readable.ToString(Newtonsoft.Json.Formatting.None), JsonText.Options);
            }
            catch (JsonException error)
            {
                var path = error.Path ?? JsonPaths.Root;
                if (!issues.HasErrorAt(path))
                    issues.Error(path, $"cannot be read: the value does not have the type this field needs (see {documentation})");
                if (readable.SelectToken(path, errorWhenNoMatch: false)?.Parent is not JProperty property)
                    return null;
                property.Remove();
            }
        }
        return null;
    }
}
