using System.Text.Json.Nodes;
using ChatBot.Deploy.Teams.Manifest;

namespace ChatBot.Deploy.Tests.Teams;

public sealed class ManifestValidatorTests
{
    public static TheoryData<string, string, string> BrokenManifests => new()
    {
        // path to change, new JSON value, text expected in a problem
        { "name.short", "\"" + new string('n', 31) + "\"", "name.short is 31 characters" },
        { "description.short", "\"" + new string('d', 81) + "\"", "description.short is 81 characters" },
        { "description.full", "\"" + new string('f', 4001) + "\"", "description.full is 4001 characters" },
        { "id", "\"not-a-guid\"", "id 'not-a-guid'" },
        { "bots.0.botId", "\"1234\"", "bots[0].botId '1234'" },
        { "developer.privacyUrl", "null", "developer.privacyUrl is required" },
        { "developer.websiteUrl", "\"http://insecure.example.com/\"", "developer.websiteUrl" },
        { "accentColor", "\"blue\"", "accentColor 'blue'" },
        { "manifestVersion", "\"1.17\"", "manifestVersion '1.17' is older than 1.19" },
        { "bots.0.scopes", "[\"personal\",\"meeting\"]", "unknown scope 'meeting'" },
        { "bots.0.commandLists.0.commands.0.title", "\"" + new string('t', 33) + "\"", "title is 33 characters" },
        { "validDomains.0", "\"https://chatbot.example.com\"", "must be a host name without scheme" },
        { "icons", "null", "icons.color is required" },
    };

    [Theory]
    [MemberData(nameof(BrokenManifests))]
    public void Validate_BrokenRule_ReportsIt(string path, string json, string expected)
    {
        var manifest = JsonNode.Parse(SampleRequest.FilledTemplate())!.AsObject();
        Set(manifest, path, JsonNode.Parse(json));

        var problems = ManifestValidator.Validate(manifest.ToJsonString());

        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_UnfilledTemplate_ReportsPlaceholdersAndIds()
    {
        var problems = ManifestValidator.Validate(RepositoryFiles.ReadText("deploy", "teams", "manifest.json"));

        Assert.Contains(problems, p => p.Contains("PLACEHOLDER", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("id ", StringComparison.Ordinal));
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
