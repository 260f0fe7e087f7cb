using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ChatBot.Deploy.Teams.Manifest;

/// <summary>
/// Checks a Teams app manifest against the rules of the v1.19+ schema that Teams enforces on upload
/// (required fields, GUIDs, lengths, scopes, commands, domains), returning every problem found.
/// </summary>
public static partial class ManifestValidator
{
    /// <summary>Oldest manifest schema version accepted.</summary>
    public static readonly Version MinimumManifestVersion = new(1, 19);

    private static readonly string[] BotScopes = ["personal", "team", "groupChat"];

    /// <summary>Returns the problems of the manifest text; an empty list means it is valid.</summary>
    public static IReadOnlyList<string> Validate(string manifestJson)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(manifestJson);
        }
        catch (System.Text.Json.JsonException ex)
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

        CheckVersion(manifest, problems);
        CheckString(manifest, "version", 256, problems, SemVer());
        CheckString(manifest, "id", 36, problems, Guid());
        CheckString(manifest, "developer.name", 32, problems);
        foreach (var url in new[] { "developer.websiteUrl", "developer.privacyUrl", "developer.termsOfUseUrl" })
        {
            CheckString(manifest, url, 2048, problems, HttpsUrl());
        }

        CheckString(manifest, "name.short", 30, problems);
        CheckOptionalString(manifest, "name.full", 100, problems);
        CheckString(manifest, "description.short", 80, problems);
        CheckString(manifest, "description.full", 4000, problems);
        CheckString(manifest, "icons.color", 2048, problems);
        CheckString(manifest, "icons.outline", 2048, problems);
        CheckString(manifest, "accentColor", 7, problems, HexColor());
        CheckBots(manifest, problems);
        CheckValidDomains(manifest, problems);
        return problems;
    }

    private static void CheckVersion(JsonObject manifest, List<string> problems)
    {
        var text = Read(manifest, "manifestVersion");
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add("manifestVersion is required.");
            return;
        }

        if (!Version.TryParse(text, out var version) || version < MinimumManifestVersion)
        {
            problems.Add($"manifestVersion '{text}' is older than {MinimumManifestVersion}.");
        }

        var schema = Read(manifest, "$schema");
        if (schema is null || !schema.EndsWith($"/v{text}/MicrosoftTeams.schema.json", StringComparison.Ordinal))
        {
            problems.Add($"$schema must point at the v{text} MicrosoftTeams.schema.json.");
        }
    }

    private static void CheckBots(JsonObject manifest, List<string> problems)
    {
        if (manifest["bots"] is not JsonArray bots || bots.Count == 0)
        {
            problems.Add("bots must hold one bot.");
            return;
        }

        if (bots.Count > 1)
        {
            problems.Add("bots may hold only one bot.");
        }

        for (var i = 0; i < bots.Count; i++)
        {
            if (bots[i] is not JsonObject bot)
            {
                problems.Add($"bots[{i}] must be an object.");
                continue;
            }

            var path = $"bots[{i}]";
            CheckString(bot, "botId", 36, problems, Guid(), path);
            var scopes = Strings(bot["scopes"]);
            if (scopes.Count == 0)
            {
                problems.Add($"{path}.scopes is required.");
            }

            foreach (var scope in scopes.Where(s => !BotScopes.Contains(s, StringComparer.Ordinal)))
            {
                problems.Add($"{path}.scopes has unknown scope '{scope}'.");
            }

            CheckCommandLists(bot, scopes, path, problems);
        }
    }

    private static void CheckCommandLists(JsonObject bot, IReadOnlyList<string> botScopes, string path, List<string> problems)
    {
        if (bot["commandLists"] is null)
        {
            return;
        }

        if (bot["commandLists"] is not JsonArray lists || lists.Count > 3)
        {
            problems.Add($"{path}.commandLists must be an array of at most 3 lists.");
            return;
        }

        for (var l = 0; l < lists.Count; l++)
        {
            var listPath = $"{path}.commandLists[{l}]";
            var scopes = Strings(lists[l]?["scopes"]);
            if (scopes.Count == 0)
            {
                problems.Add($"{listPath}.scopes is required.");
            }

            foreach (var scope in scopes.Where(s => !botScopes.Contains(s, StringComparer.Ordinal)))
            {
                problems.Add($"{listPath}.scopes has '{scope}', which the bot does not declare.");
            }

            if (lists[l]?["commands"] is not JsonArray commands || commands.Count is 0 or > 10)
            {
                problems.Add($"{listPath}.commands must hold 1 to 10 commands.");
                continue;
            }

            for (var c = 0; c < commands.Count; c++)
            {
                if (commands[c] is JsonObject command)
                {
                    CheckString(command, "title", 32, problems, prefix: $"{listPath}.commands[{c}]");
                    CheckString(command, "description", 128, problems, prefix: $"{listPath}.commands[{c}]");
                }
                else
                {
                    problems.Add($"{listPath}.commands[{c}] must be an object.");
                }
            }
        }
    }

    private static void CheckValidDomains(JsonObject manifest, List<string> problems)
    {
        var domains = Strings(manifest["validDomains"]);
        if (domains.Count > 16)
        {
            problems.Add("validDomains may hold at most 16 entries.");
        }

        foreach (var domain in domains)
        {
            if (domain.Contains("://", StringComparison.Ordinal) || domain.Length > 2048 || domain.Trim('*', '.').Length == 0)
            {
                problems.Add($"validDomains entry '{domain}' must be a host name without scheme.");
            }
        }
    }

    private static void CheckString(JsonObject node, string path, int maxLength, List<string> problems, Regex? pattern = null, string? prefix = null)
    {
        var name = prefix is null ? path : $"{prefix}.{path}";
        var value = Read(node, path);
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"{name} is required.");
            return;
        }

        CheckValue(name, value, maxLength, pattern, problems);
    }

    private static void CheckOptionalString(JsonObject node, string path, int maxLength, List<string> problems)
    {
        var value = Read(node, path);
        if (value is not null)
        {
            CheckValue(path, value, maxLength, null, problems);
        }
    }

    private static void CheckValue(string name, string value, int maxLength, Regex? pattern, List<string> problems)
    {
        if (value.Length > maxLength)
        {
            problems.Add($"{name} is {value.Length} characters; the limit is {maxLength}.");
        }

        if (pattern is not null && !pattern.IsMatch(value))
        {
            problems.Add($"{name} '{value}' does not match {pattern}.");
        }
    }

    private static string? Read(JsonObject node, string dottedPath)
    {
        JsonNode? current = node;
        foreach (var part in dottedPath.Split('.'))
        {
            current = current is JsonObject obj ? obj[part] : null;
        }

        return current is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
    }

    private static List<string> Strings(JsonNode? node) =>
        node is JsonArray array
            ? array.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : string.Empty).ToList()
            : [];

    [GeneratedRegex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    private static partial Regex Guid();

    [GeneratedRegex(@"^\d+\.\d+\.\d+$")]
    private static partial Regex SemVer();

    [GeneratedRegex("^https://[^\\s]+$")]
    private static partial Regex HttpsUrl();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColor();
}
