using System.Globalization;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Velferd.Turnus.FileFormats.Validation;

/// <summary>
/// Checks a document against one of the published schemas (schema/*.schema.json, embedded) and turns
/// each schema error into a located issue that says what is allowed.
/// </summary>
public sealed class SchemaValidator
{
    private readonly JsonSchema schema;

    private SchemaValidator(JsonSchema schema) => this.schema = schema;

    public static SchemaValidator Unit { get; } = Load("unit.schema.json");

    public static SchemaValidator Plan { get; } = Load("plan.schema.json");

    public static SchemaValidator District { get; } = Load("district.schema.json");

    public void Validate(JToken document, IssueList issues)
    {
        foreach (var error in Flatten(schema.Validate(document)))
        {
            var path = JsonPaths.FromSchemaPath(error.Path);
            var message = Describe(error);
            if (error.Kind == ValidationErrorKind.PropertyRequired)
                issues.Missing(path, message);
            else
                issues.Error(path, message);
        }
    }

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
            {
                foreach (var inner in Flatten(child.Errors.SelectMany(pair => pair.Value)))
                    yield return inner;
            }
            else
            {
                yield return error;
            }
        }
    }

    private static string Describe(ValidationError error) => error.Kind switch
    {
        ValidationErrorKind.NumberTooSmall or ValidationErrorKind.NumberTooBig or
        ValidationErrorKind.IntegerTooBig => Range(error.Schema),
        ValidationErrorKind.PropertyRequired => "is required",
        ValidationErrorKind.NoAdditionalPropertiesAllowed =>
            $"is not a known field here{NameSuggestion.Hint(error.Property ?? "", KnownFieldNames(error.Schema))}; allowed: {KnownFields(error.Schema)}",
        ValidationErrorKind.NotInEnumeration => $"must be one of: {string.Join(", ", error.Schema.Enumeration.Select(Quote))}",
        ValidationErrorKind.PatternMismatch => PatternMeaning(error.Schema.Pattern),
        ValidationErrorKind.StringExpected => "must be a text (in quotes)",
        ValidationErrorKind.NumberExpected => "must be a number",
        ValidationErrorKind.IntegerExpected => "must be a whole number",
        ValidationErrorKind.BooleanExpected => "must be true or false",
        ValidationErrorKind.ArrayExpected => "must be a list ([...])",
        ValidationErrorKind.ObjectExpected => "must be an object ({...})",
        ValidationErrorKind.TooFewItems => $"must have at least {error.Schema.MinItems} item(s)",
        ValidationErrorKind.TooManyItems => $"must have at most {error.Schema.MaxItems} item(s)",
        ValidationErrorKind.ItemsNotUnique => "lists the same item more than once",
        ValidationErrorKind.StringTooShort => error.Schema.MinLength == 1 ? "must not be empty" : $"must be at least {error.Schema.MinLength} characters",
        ValidationErrorKind.StringTooLong => $"must be at most {error.Schema.MaxLength} characters",
        ValidationErrorKind.NumberNotMultipleOf => $"must be a multiple of {error.Schema.MultipleOf}",
        _ => $"is not valid here ({error.Kind})",
    };

    private static string Range(JsonSchema schema)
    {
        var low = schema.ExclusiveMinimum ?? schema.Minimum;
        var high = schema.ExclusiveMaximum ?? schema.Maximum;
        var lowWord = schema.ExclusiveMinimum is not null || schema.IsExclusiveMinimum ? "above" : "at least";
        var highWord = schema.ExclusiveMaximum is not null || schema.IsExclusiveMaximum ? "below" : "at most";
        return (low, high) switch
        {
            ({ } l, { } h) when lowWord == "at least" && highWord == "at most" => $"must be between {Number(l)} and {Number(h)}",
            ({ } l, { } h) => $"must be {lowWord} {Number(l)} and {highWord} {Number(h)}",
            ({ } l, null) => $"must be {lowWord} {Number(l)}",
            (null, { } h) => $"must be {highWord} {Number(h)}",
            _ => "is out of range",
        };
    }

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Quote(object? value) => value is string text ? $"\"{text}\"" : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null";

    private static string KnownFields(JsonSchema schema) => string.Join(", ", KnownFieldNames(schema));

    private static IEnumerable<string> KnownFieldNames(JsonSchema schema)
    {
        var actual = schema.HasReference ? schema.Reference! : schema;
        return actual.Properties.Keys.Where(key => key != "$schema");
    }

    private static string PatternMeaning(string? pattern) => pattern switch
    {
        { } p when p.Contains("24:00", StringComparison.Ordinal) => "must be a time of day HH:mm, from 00:00 to 24:00",
        { } p when p.Contains("{0,63}", StringComparison.Ordinal) => "must be an id: a letter or digit, then letters, digits, '_', '.' or '-' (at most 64 characters)",
        { } p when p.Contains("{0,7}", StringComparison.Ordinal) => "must be a shift code: a letter or digit, then letters, digits, '_' or '-' (at most 8 characters)",
        { } p when p.Contains(":1", StringComparison.Ordinal) => "must be a staffing ratio 1:1, 2:1, 3:1 or 4:1",
        _ => $"must match the pattern {pattern}",
    };

    private static SchemaValidator Load(string resourceName)
    {
        using var stream = typeof(SchemaValidator).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The schema {resourceName} is not embedded in the build.");
        using var reader = new StreamReader(stream);
        return new SchemaValidator(JsonSchema.FromJsonAsync(reader.ReadToEnd()).GetAwaiter().GetResult());
    }
}
