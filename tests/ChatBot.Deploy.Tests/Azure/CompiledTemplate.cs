using System.Text.Json.Nodes;

namespace ChatBot.Deploy.Tests.Azure;

/// <summary>deploy/azure/main.bicep compiled once for all the template tests (bicep takes a few seconds).</summary>
public sealed class CompiledTemplate : IAsyncLifetime
{
    public int ExitCode { get; private set; }

    public string Diagnostics { get; private set; } = string.Empty;

    public string Json { get; private set; } = string.Empty;

    public JsonObject Root { get; private set; } = new();

    /// <summary>Every resource of the template, including those inside module deployments.</summary>
    public IReadOnlyList<JsonObject> Resources { get; private set; } = [];

    /// <summary>The variables of every template and nested module template, merged (names do not clash here).</summary>
    public IReadOnlyDictionary<string, string> Variables { get; private set; } = new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        (ExitCode, Json, Diagnostics) = await BicepCompiler.BuildAsync(RepositoryFiles.PathOf("deploy", "azure", "main.bicep"));
        if (ExitCode == 0)
        {
            Root = JsonNode.Parse(Json)!.AsObject();
            Resources = Collect(Root).ToList();
            Variables = new[] { Root }.Concat(Resources.Select(r => r["properties"]?["template"]).OfType<JsonObject>())
                .SelectMany(t => t["variables"] as JsonObject ?? [])
                .Where(v => v.Value is JsonValue)
                .GroupBy(v => v.Key)
                .ToDictionary(g => g.Key, g => g.First().Value!.ToString());
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Resources of one type, e.g. Microsoft.Web/sites.</summary>
    public IReadOnlyList<JsonObject> OfType(string type) =>
        Resources.Where(r => string.Equals((string?)r["type"], type, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>The compiled expression main passes to a module parameter, e.g. webApp's appSettings.</summary>
    public string ModuleParameter(string module, string parameter) =>
        (string)OfType("Microsoft.Resources/deployments")
            .Single(d => (string?)d["name"] == module)["properties"]!["parameters"]![parameter]!["value"]!;

    /// <summary>Replaces variables('x') in an expression with x's value, one level deep.</summary>
    public string Expand(string expression) =>
        Variables.Aggregate(expression, (text, v) => text.Replace($"variables('{v.Key}')", $"'{v.Value}'", StringComparison.Ordinal));

    private static IEnumerable<JsonObject> Collect(JsonObject template)
    {
        // Bicep emits resources as an array (or, with symbolic names, as an object keyed by name).
        var resources = template["resources"] switch
        {
            JsonArray array => array.OfType<JsonObject>(),
            JsonObject map => map.Select(p => p.Value).OfType<JsonObject>(),
            _ => [],
        };

        foreach (var resource in resources)
        {
            yield return resource;
            if (resource["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in Collect(nested))
                {
                    yield return inner;
                }
            }
        }
    }
}
