using System.Text.Json.Nodes;

namespace ChatBot.Deploy.Tests.Teams;

public sealed class ManifestTemplateTests
{
    private static JsonObject Manifest() => JsonNode.Parse(SampleRequest.FilledTemplate())!.AsObject();

    [Fact]
    public void Template_UsesSchema119OrNewer_AndItsSchemaUrl()
    {
        var manifest = Manifest();
        var version = Version.Parse((string)manifest["manifestVersion"]!);

        Assert.True(version >= new Version(1, 19), $"manifestVersion {version}");
        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{version.Major}.{version.Minor}/MicrosoftTeams.schema.json", (string?)manifest["$schema"]);
    }

    [Fact]
    public void FilledTemplate_CarriesAppIdBotIdAndDomain()
    {
        var manifest = Manifest();

        Assert.Equal(SampleRequest.AppId.ToString(), (string?)manifest["id"]);
        Assert.Equal(SampleRequest.BotId.ToString(), (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal([SampleRequest.Domain], manifest["validDomains"]!.AsArray().Select(d => (string)d!));
        Assert.StartsWith($"https://{SampleRequest.Domain}/", (string?)manifest["developer"]!["websiteUrl"]);
    }

    [Fact]
    public void Bot_IsAvailableInPersonalTeamAndGroupChat()
    {
        var scopes = Manifest()["bots"]![0]!["scopes"]!.AsArray().Select(s => (string)s!).Order();

        Assert.Equal(["groupChat", "personal", "team"], scopes);
    }

    [Fact]
    public void CommandList_OffersHelpSourcesAndReset_InEveryScope()
    {
        var list = Manifest()["bots"]![0]!["commandLists"]!.AsArray().Single()!;
        var titles = list["commands"]!.AsArray().Select(c => (string)c!["title"]!);

        Assert.Equal(["help", "sources", "reset"], titles);
        Assert.Equal(3, list["scopes"]!.AsArray().Count);
    }

    [Fact]
    public void Descriptions_AreWithinTeamsLimits()
    {
        var manifest = Manifest();

        Assert.InRange(((string)manifest["name"]!["short"]!).Length, 1, 30);
        Assert.InRange(((string)manifest["description"]!["short"]!).Length, 1, 80);
        Assert.InRange(((string)manifest["description"]!["full"]!).Length, 1, 4000);
    }
}
