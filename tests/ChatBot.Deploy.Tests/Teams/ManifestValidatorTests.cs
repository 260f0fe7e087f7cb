using System.Text.Json.Nodes;
using ChatBot.Deploy.Teams.Manifest;

namespace ChatBot.Deploy.Tests.Teams;

public sealed class ManifestValidatorTests
{
    public static TheoryData<string, string, string> BrokenManifests => new()
    {
        // path to change, new JSON value, where the schema's complaint must point
        { "name.short", "\"" + new string('n', 31) + "\"", "name.short:" },
        { "name.full", "\"\"", "name.full:" },
        { "description.short", "\"" + new string('d', 81) + "\"", "description.short:" },
        { "description.full", "\"" + new string('f', 4001) + "\"", "description.full:" },
        { "id", "\"not-a-guid\"", "id:" },
        { "id", "\"5b0c6a1e-8d2f-4c4e-9a3b-2f1d7e6c5a4\"", "id:" },
        { "bots.0.botId", "\"1234\"", "bots.0.botId:" },
        { "version", "\"1.0\"", "version:" },
        { "version", "\"1.02.0\"", "version:" },
        { "developer.privacyUrl", "null", "developer.privacyUrl:" },
        { "developer.websiteUrl", "\"ftp://files.example.com/\"", "developer.websiteUrl:" },
        { "developer.termsOfUseUrl", "\"http://example.com/terms\"", "developer.termsOfUseUrl:" },
        { "accentColor", "\"blue\"", "accentColor:" },
        { "accentColor", "\"#1F6F8\"", "accentColor:" },
        { "manifestVersion", "\"1.17\"", "manifestVersion:" },
        { "$schema", "\"https://developer.microsoft.com/json-schemas/teams/v1.18/MicrosoftTeams.schema.json\"", "$schema:" },
        { "bots.0.scopes", "[\"personal\",\"meeting\"]", "bots.0.scopes.1:" },
        { "bots.0.scopes", "[]", "bots.0.scopes:" },
        { "bots.0.commandLists.0.scopes", "[\"channel\"]", "bots.0.commandLists.0.scopes.0:" },
        { "bots.0.commandLists.0.commands.0.title", "\"" + new string('t', 33) + "\"", "bots.0.commandLists.0.commands.0.title:" },
        { "bots.0.supportsFiles", "\"no\"", "bots.0.supportsFiles:" },
        { "permissions.0", "\"admin\"", "permissions.0:" },
        { "validDomains.0", "\"" + new string('v', 2100) + "\"", "validDomains.0:" },
        { "validDomains.0", "\"https://chatbot-test.azurewebsites.net\"", "validDomains.0:" },
        { "icons", "null", "icons:" },
        { "icons.color", "\"https://example.com/color.png\"", "icons.color:" },
        { "icons.outline", "\"outline.svg\"", "icons.outline:" },
        { "accentColour", "\"#1F6F8B\"", "accentColour:" },
        { "webApplicationInfo", "{\"id\": \"app\"}", "webApplicationInfo.id:" },
    };

    public static TheoryData<string, string> MissingFields => new()
    {
        // field to remove, where the complaint must point (the object that lacks it)
        { "accentColor", "manifest:" },
        { "manifestVersion", "manifest:" },
        { "developer.termsOfUseUrl", "developer:" },
        { "name.short", "name:" },
        { "bots.0.botId", "bots.0:" },
        { "bots.0.commandLists.0.commands.0.description", "bots.0.commandLists.0.commands.0:" },
    };

    [Theory]
    [MemberData(nameof(BrokenManifests))]
    public void Validate_BrokenRule_ReportsItWhereItIs(string path, string json, string expected)
    {
        var manifest = Filled();
        Set(manifest, path, JsonNode.Parse(json));

        var problems = ManifestValidator.Validate(manifest.ToJsonString(), ShippedSchema.Value);

        Assert.True(problems.Any(p => p.StartsWith(expected, StringComparison.Ordinal)), $"no problem at {expected}:\n{string.Join('\n', problems)}");
    }

    [Theory]
    [MemberData(nameof(MissingFields))]
    public void Validate_RequiredFieldMissing_NamesTheFieldAndItsParent(string path, string expected)
    {
        var manifest = Filled();
        var (parent, name) = Parent(manifest, path);
        parent.AsObject().Remove(name);

        var problems = ManifestValidator.Validate(manifest.ToJsonString(), ShippedSchema.Value);

        Assert.Contains(problems, p => p.StartsWith(expected, StringComparison.Ordinal) && p.Contains($"\"{name}\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_FilledTemplate_MatchesTheShippedSchema()
    {
        Assert.Empty(ManifestValidator.Validate(SampleRequest.FilledTemplate(), ShippedSchema.Value));
    }

    [Fact]
    public void Validate_BrokenValue_SaysWhatWasExpectedAndFound()
    {
        var manifest = Filled();
        manifest["name"]!["short"] = new string('n', 31);
        manifest["accentColor"] = "blue";
        manifest["bots"]![0]!["scopes"]![0] = "meeting";
        manifest["accentColour"] = "#1F6F8B";

        var problems = ManifestValidator.Validate(manifest.ToJsonString(), ShippedSchema.Value);

        Assert.Equal(
            [
                "accentColor: Value should match the pattern \"^#[0-9a-fA-F]{6}$\", found \"blue\"",
                "accentColour: Not allowed here by the schema (a field it does not know?), found \"#1F6F8B\"",
                "bots.0.scopes.0: Value should be one of [\"personal\",\"team\",\"groupChat\"], found \"meeting\"",
                $"name.short: Value should be at most 30 characters, found \"{new string('n', 31)}\"",
            ],
            problems.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_LongValue_IsShortenedToItsStartAndLength()
    {
        var manifest = Filled();
        manifest["description"]!["full"] = new string('f', 4001);

        var problem = Assert.Single(ManifestValidator.Validate(manifest.ToJsonString(), ShippedSchema.Value));

        Assert.Contains("(4001 characters)", problem, StringComparison.Ordinal);
        Assert.True(problem.Length < 300, problem);
    }

    [Fact]
    public void Shipped_schema_and_manifest_declare_the_same_version()
    {
        var schema = JsonNode.Parse(File.ReadAllText(ShippedSchema.SourcePath))!["properties"]!;
        var manifest = JsonNode.Parse(RepositoryFiles.ReadText("deploy", "teams", "manifest.json"))!;

        Assert.Equal((string?)schema["manifestVersion"]!["const"], (string?)manifest["manifestVersion"]);
        Assert.Equal((string?)schema["$schema"]!["const"], (string?)manifest["$schema"]);
    }

    [Fact]
    public void Packager_output_carries_the_schema_unchanged()
    {
        Assert.Equal(File.ReadAllText(ShippedSchema.SourcePath), File.ReadAllText(ManifestSchema.ShippedPath));
    }

    [Fact]
    public void Validate_UnfilledTemplate_ReportsPlaceholdersAndIds()
    {
        var problems = ManifestValidator.Validate(RepositoryFiles.ReadText("deploy", "teams", "manifest.json"), ShippedSchema.Value);

        Assert.Contains(problems, p => p.Contains("PLACEHOLDER", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("id:", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_NotJson_ReportsItInsteadOfThrowing()
    {
        var problems = ManifestValidator.Validate("{ not json", ShippedSchema.Value);

        Assert.Single(problems);
        Assert.Contains("not valid JSON", problems[0], StringComparison.Ordinal);
    }

    private static JsonObject Filled() => JsonNode.Parse(SampleRequest.FilledTemplate())!.AsObject();

    private static void Set(JsonObject root, string path, JsonNode? value)
    {
        var (parent, last) = Parent(root, path);
        if (int.TryParse(last, out var i))
        {
            parent.AsArray()[i] = value;
        }
        else
        {
            parent.AsObject()[last] = value;
        }
    }

    private static (JsonNode Parent, string Last) Parent(JsonObject root, string path)
    {
        var parts = path.Split('.');
        JsonNode node = root;
        foreach (var part in parts[..^1])
        {
            node = int.TryParse(part, out var index) ? node[index]! : node[part]!;
        }

        return (node, parts[^1]);
    }
}
