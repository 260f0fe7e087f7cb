using System.Text.Json.Nodes;

namespace ChatBot.Web.Tests.Fuzz;

/// <summary>
/// Generates malformed Bot Framework activities from well-formed templates: every member and array item in every
/// position is, in turn, removed, set to null, or given a value of the wrong type. Deterministic: the same list each run.
/// </summary>
public static class ActivityMutations
{
    /// <summary>Values put in place of the original, whatever its type; one of them is always the wrong type.</summary>
    private static readonly Func<JsonNode?>[] Replacements =
    [
        () => null,
        () => JsonValue.Create(5),
        () => JsonValue.Create(-1.5e300),
        () => JsonValue.Create("x"),
        () => JsonValue.Create(""),
        () => JsonValue.Create(true),
        () => new JsonArray(),
        () => new JsonArray((JsonNode?)null),
        () => new JsonObject(),
        () => new JsonObject { ["id"] = new JsonObject() },
    ];

    /// <summary>Each mutation of <paramref name="template"/>: a description and the activity's JSON.</summary>
    public static IEnumerable<(string What, string Json)> Of(string name, string template)
    {
        var root = JsonNode.Parse(template)!.AsObject();
        foreach (var path in PathsOf(root, "$"))
        {
            if (path.Parent is JsonObject)
            {
                yield return ($"{name}: {path.Path} removed", Mutate(root, path.Path, remove: true, null));
            }

            foreach (var replacement in Replacements)
            {
                var value = replacement();
                yield return ($"{name}: {path.Path} = {value?.ToJsonString() ?? "null"}", Mutate(root, path.Path, remove: false, value));
            }
        }
    }

    private static IEnumerable<(string Path, JsonNode? Parent)> PathsOf(JsonNode node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    var childPath = $"{path}.{key}";
                    yield return (childPath, obj);
                    if (child is not null)
                    {
                        foreach (var nested in PathsOf(child, childPath))
                        {
                            yield return nested;
                        }
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var childPath = $"{path}[{i}]";
                    yield return (childPath, array);
                    if (array[i] is { } child)
                    {
                        foreach (var nested in PathsOf(child, childPath))
                        {
                            yield return nested;
                        }
                    }
                }

                break;
        }
    }

    private static string Mutate(JsonObject template, string path, bool remove, JsonNode? value)
    {
        var copy = template.DeepClone().AsObject();
        var (parent, last) = Resolve(copy, path);
        switch (parent, last)
        {
            case (JsonObject obj, string key) when remove:
                obj.Remove(key);
                break;
            case (JsonObject obj, string key):
                obj[key] = value;
                break;
            case (JsonArray array, int index):
                array[index] = value;
                break;
        }

        return copy.ToJsonString();
    }

    // Walks "$.a.b[2].c" to the parent of its last step.
    private static (JsonNode Parent, object Last) Resolve(JsonObject root, string path)
    {
        var steps = new List<object>();
        foreach (var part in path[2..].Split('.'))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            steps.Add(bracket < 0 ? part : part[..bracket]);
            for (var at = bracket; at >= 0; at = part.IndexOf('[', at + 1))
            {
                steps.Add(int.Parse(part[(at + 1)..part.IndexOf(']', at)], System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        JsonNode node = root;
        foreach (var step in steps[..^1])
        {
            node = step is string key ? node[key]! : node[(int)step]!;
        }

        return (node, steps[^1]);
    }
}
