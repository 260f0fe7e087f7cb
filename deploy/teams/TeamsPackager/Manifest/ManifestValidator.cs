using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace ChatBot.Deploy.Teams.Manifest;

/// <summary>
/// Checks a Teams app manifest against Microsoft's manifest JSON schema (v1.19, saved in deploy/teams/schema), with
/// JsonSchema.Net, and that no template placeholder is left; returns every problem found.
/// </summary>
public static class ManifestValidator
{
    /// <summary>The manifest version of the saved schema; the manifest must declare the same.</summary>
    public const string SchemaVersion = "1.19";

    private static readonly Lazy<JsonSchema> Schema = new(Load);

    /// <summary>Where the packager's build output keeps the schema (linked from deploy/teams/schema).</summary>
    public static string SchemaPath { get; } = Path.Combine(AppContext.BaseDirectory, "teams", "schema", "MicrosoftTeams.schema.json");

    /// <summary>Returns the problems of the manifest text; an empty list means it is valid.</summary>
    public static IReadOnlyList<string> Validate(string manifestJson)
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

        if (root is not JsonObject manifest)
        {
            return ["manifest.json must be a JSON object."];
        }

        var problems = new List<string>();
        if (manifestJson.Contains("{{", StringComparison.Ordinal))
        {
            problems.Add("manifest.json still contains a {{PLACEHOLDER}}.");
        }

        // The schema checks manifestVersion; $schema must name the same version, or tools would check it against another.
        var declared = manifest["$schema"] is JsonValue value && value.TryGetValue(out string? uri) ? uri : null;
        if (declared is null || !declared.EndsWith($"/v{SchemaVersion}/MicrosoftTeams.schema.json", StringComparison.Ordinal))
        {
            problems.Add($"$schema must point at the v{SchemaVersion} MicrosoftTeams.schema.json.");
        }

        using var document = JsonDocument.Parse(manifestJson);
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (!result.IsValid)
        {
            problems.AddRange(Describe(result));
        }

        return problems;
    }

    // One line per failing keyword: where in the manifest, and what the schema says.
    private static IEnumerable<string> Describe(EvaluationResults result) =>
        (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{Location(d.InstanceLocation.ToString())}: {e.Value} (schema {d.EvaluationPath})"))
            .Distinct()
            .DefaultIfEmpty("manifest.json does not match the Teams manifest schema.");

    private static string Location(string pointer) => pointer.Length == 0 ? "manifest" : pointer.TrimStart('/').Replace('/', '.');

    private static JsonSchema Load()
    {
        if (!File.Exists(SchemaPath))
        {
            throw new FileNotFoundException($"The Teams manifest schema is missing beside the packager: {SchemaPath}", SchemaPath);
        }

        // Microsoft's file declares draft-04 but uses `const` (draft-06); draft 7 reads every keyword it has.
        var node = JsonNode.Parse(File.ReadAllText(SchemaPath))!.AsObject();
        node["$schema"] = "http://json-schema.org/draft-07/schema#";
        return JsonSchema.FromText(node.ToJsonString());
    }
}
