using System.Text.Json;
using Json.Schema;

namespace ChatBot.Deploy.Teams.Manifest;

/// <summary>
/// The JSON schema a manifest is checked against: by default our own, shipped beside the packager from
/// deploy/teams/schema/manifest.schema.json; any other file with <c>--schema</c>.
/// </summary>
public sealed class ManifestSchema
{
    // A fixed base, so error locations read "#/$defs/guid" whatever folder the file is in.
    private static readonly Uri BaseUri = new("https://chatbot.invalid/teams/manifest.schema.json");

    private ManifestSchema(string path, JsonSchema schema)
    {
        Path = path;
        Schema = schema;
    }

    /// <summary>Where the build output keeps the shipped schema (linked from deploy/teams/schema).</summary>
    public static string ShippedPath { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "teams", "schema", "manifest.schema.json");

    /// <summary>The file the schema was read from, as given.</summary>
    public string Path { get; }

    internal JsonSchema Schema { get; }

    /// <summary>Reads and builds the schema; on failure returns no schema and one message naming the file.</summary>
    public static (ManifestSchema? Schema, string? Error) Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return (null, $"The manifest schema {path} does not exist.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return (null, $"The manifest schema {path} cannot be read: {ex.Message}");
        }

        try
        {
            // A registry of its own, so two loads of a schema carrying an $id do not collide in the global one.
            var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
            return (new ManifestSchema(path, JsonSchema.FromText(text, options, BaseUri)), null);
        }
        catch (JsonException ex)
        {
            return (null, $"The manifest schema {path} is not valid JSON: {ex.Message}");
        }
        catch (Exception ex) when (ex is JsonSchemaException or ArgumentException)
        {
            return (null, $"The manifest schema {path} is not a usable JSON schema: {ex.Message}");
        }
    }
}
