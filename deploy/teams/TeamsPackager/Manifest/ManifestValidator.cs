using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace ChatBot.Deploy.Teams.Manifest;

/// <summary>
/// Checks a Teams app manifest against a <see cref="ManifestSchema"/> with JsonSchema.Net, and that no template
/// placeholder is left; returns every problem found, each starting with where in the manifest it is.
/// </summary>
public static class ManifestValidator
{
    private const int ShownValueLength = 60;

    // JsonSchema.Net's own wording for these leaves out what was expected; these templates are its documented way to
    // say it. Nothing else in the packager's process evaluates schemas, so setting them process-wide is safe.
    static ManifestValidator()
    {
        ErrorMessages.Pattern = "Value should match the pattern [[pattern]]";
        ErrorMessages.Enum = "Value should be one of [[values]]";
        ErrorMessages.FalseSchema = "Not allowed here by the schema (a field it does not know?)";
    }

    /// <summary>Returns the problems of the manifest text; an empty list means it is valid.</summary>
    public static IReadOnlyList<string> Validate(string manifestJson, ManifestSchema schema)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(manifestJson);
        }
        catch (JsonException ex)
        {
            return [$"manifest.json is not valid JSON: {ex.Message}"];
        }

        if (root is not JsonObject)
        {
            return ["manifest.json must be a JSON object."];
        }

        var problems = new List<string>();
        if (manifestJson.Contains("{{", StringComparison.Ordinal))
        {
            problems.Add("manifest.json still contains a {{PLACEHOLDER}}.");
        }

        using var document = JsonDocument.Parse(manifestJson);
        try
        {
            var result = schema.Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            if (!result.IsValid)
            {
                problems.AddRange(Describe(result, document.RootElement));
            }
        }
        catch (JsonSchemaException ex)
        {
            // e.g. a $ref to a definition the file does not have: only found when evaluation reaches it.
            problems.Add($"The manifest schema {schema.Path} cannot be evaluated: {ex.Message}");
        }

        return problems;
    }

    // One line per failing keyword: where in the manifest, what the schema expects, and the value found. (The schema
    // location is left out: JsonSchema.Net 8.0.5 misnames it below `items`.)
    private static IEnumerable<string> Describe(EvaluationResults result, JsonElement manifest) =>
        (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e =>
                $"{Location(d.InstanceLocation.ToString())}: {e.Value}{Found(d.InstanceLocation.Evaluate(manifest))}"))
            .Distinct()
            .DefaultIfEmpty("manifest.json does not match the Teams manifest schema.");

    private static string Location(string pointer) => pointer.Length == 0 ? "manifest" : pointer.TrimStart('/').Replace('/', '.');

    // Scalars only: an object or array is the container of the problem, not its value.
    private static string Found(JsonElement? value)
    {
        if (value is not { } element || element.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
        {
            return "";
        }

        var text = element.GetRawText();
        if (text.Length <= ShownValueLength)
        {
            return $", found {text}";
        }

        var length = element.ValueKind == JsonValueKind.String ? element.GetString()!.Length : text.Length;
        return $", found {text[..ShownValueLength]}… ({length} characters)";
    }
}
