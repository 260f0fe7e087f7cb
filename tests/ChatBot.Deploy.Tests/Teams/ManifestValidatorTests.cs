using System.Text.Json.Nodes;
using ChatBot.Deploy.Teams.Manifest;

namespace ChatBot.Deploy.Tests.Teams;

public sealed class ManifestValidatorTests
{
    public static TheoryData<string, string, string> BrokenManifests => new()
    {
        // path to change, new JSON value, where the schema's complaint must point
        { "name.short", "\"" + new string('n', 31) + "\"", "name.short:" },
        { "description.short", "\"" + new string('d', 81) + "\"", "description.short:" },
        { "description.full", "\"" + new string('f', 4001) + "\"", "description.full:" },
        { "id", "\"not-a-guid\"", "id:" },
        { "bots.0.botId", "\"1234\"", "bots.0.botId:" },
        { "developer.privacyUrl", "null", "developer.privacyUrl:" },
        { "developer.websiteUrl", "\"ftp://files.example.com/\"", "developer.websiteUrl:" },
        { "accentColor", "\"blue\"", "accentColor:" },
        { "manifestVersion", "\"1.17\"", "manifestVersion:" },
        { "bots.0.scopes", "[\"personal\",\"meeting\"]", "bots.0.scopes.1:" },
        { "bots.0.commandLists.0.commands.0.title", "\"" + new string('t', 33) + "\"", "bots.0.commandLists.0.commands.0.title:" },
        { "validDomains.0", "\"" + new string('v', 2100) + "\"", "validDomains.0:" },
        { "icons", "null", "icons:" },
    };

    [Theory]
    [MemberData(nameof(BrokenManifests))]
    public void Validate_BrokenRule_ReportsItWhereItIs(string path, string json, string expected)
    {
        var manifest = JsonNode.Parse(SampleRequest.FilledTemplate())!.AsObject();
        Set(manifest, path, JsonNode.Parse(json));

        var problems = ManifestValidator.Validate(manifest.ToJsonString());

        Assert.True(problems.Any(p => p.StartsWith(expected, StringComparison.Ordinal)), $"no problem at {expected}:\n{string.Join('\n', problems)}");
    }

    [Fact]
    public void Validate_FilledTemplate_MatchesTheSavedSchema()
    {
        Assert.Empty(ManifestValidator.Validate(SampleRequest.FilledTemplate()));
    }

    [Fact]
    public void The_saved_schema_is_the_version_the_manifest_declares()
    {
        var schema = JsonNode.Parse(RepositoryFiles.ReadText("deploy", "teams", "schema", "MicrosoftTeams.schema.json"))!;
        var manifest = JsonNode.Parse(RepositoryFiles.ReadText("deploy", "teams", "manifest.json"))!;

        Assert.Equal(ManifestValidator.SchemaVersion, (string?)schema["properties"]!["manifestVersion"]!["const"]);
        Assert.Equal(ManifestValidator.SchemaVersion, (string?)manifest["manifestVersion"]);
        Assert.EndsWith($"/v{ManifestValidator.SchemaVersion}/MicrosoftTeams.schema.json", (string?)manifest["$schema"], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnfilledTemplate_ReportsPlaceholdersAndIds()
    {
        var problems = ManifestValidator.Validate(RepositoryFiles.ReadText("deploy", "teams", "manifest.json"));

        Assert.Contains(problems, p => p.Contains("PLACEHOLDER", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("id:", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_NotJson_ReportsItInsteadOfThrowing()
    {
        var problems = ManifestValidator.Validate("{ not json");

        Assert.Single(problems);
        Assert.Contains("not valid JSON", problems[0], StringComparison.Ordinal);
    }

    private static void Set(JsonObject root, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        JsonNode node = root;
        foreach (var part in parts[..^1])
        {
            node = int.TryParse(part, out var index) ? node[index]! : node[part]!;
        }

        var last = parts[^1];
        if (int.TryParse(last, out var i))
        {
            node.AsArray()[i] = value;
        }
        else
        {
            node.AsObject()[last] = value;
        }
    }
}
