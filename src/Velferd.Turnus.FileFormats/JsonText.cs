using System.Text.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Velferd.Turnus.FileFormats.Validation;

namespace Velferd.Turnus.FileFormats;

/// <summary>JSON parsing shared by the file readers: comments and trailing commas allowed, syntax errors located.</summary>
public static class JsonText
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
    };

    private static readonly JsonLoadSettings LoadSettings = new()
    {
        CommentHandling = CommentHandling.Ignore,
        LineInfoHandling = LineInfoHandling.Load,
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
    };

    /// <summary>The document with line information, or null when the text is not JSON.</summary>
    public static JToken? Parse(string json, string fileName)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
            var token = JToken.ReadFrom(reader, LoadSettings);
            while (reader.Read())
            {
                if (reader.TokenType != JsonToken.Comment)
                    return null;
            }
            return token;
        }
        catch (JsonReaderException)
        {
            return null;
        }
    }

    /// <summary>Describes why the text is not JSON, with line and column.</summary>
    public static ValidationIssue SyntaxError(string json, string fileName)
    {
        if (string.IsNullOrWhiteSpace(json))
            return new ValidationIssue(fileName, "$", null, "malformed JSON: the file is empty; a unit file is one JSON object { ... }", Line: 1, Column: 1);
        try
        {
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
            JToken.ReadFrom(reader, LoadSettings);
            while (reader.Read())
            {
                if (reader.TokenType != JsonToken.Comment)
                    return new ValidationIssue(fileName, "$", null, "malformed JSON: more content after the end of the document", Line: reader.LineNumber, Column: reader.LinePosition);
            }
            return new ValidationIssue(fileName, "$", null, "malformed JSON");
        }
        catch (JsonReaderException error)
        {
            var message = error.Message.StartsWith("Additional text encountered", StringComparison.Ordinal)
                ? "more content after the end of the document"
                : error.Message.Split(" Path '", 2)[0].Split(". Path", 2)[0].TrimEnd('.');
            // Newtonsoft gives the 0-based position of the offending character; editors count columns from 1.
            return new ValidationIssue(fileName, string.IsNullOrEmpty(error.Path) ? "$" : JsonPaths.FromSchemaPath(error.Path),
                null, $"malformed JSON: {message}", Line: Math.Max(error.LineNumber, 1), Column: error.LinePosition + 1);
        }
    }
}
