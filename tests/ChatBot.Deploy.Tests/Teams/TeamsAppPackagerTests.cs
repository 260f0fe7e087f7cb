using System.IO.Compression;
using System.Text.Json.Nodes;
using ChatBot.Deploy.Teams.Manifest;
using ChatBot.Deploy.Teams.Packaging;

namespace ChatBot.Deploy.Tests.Teams;

public sealed class TeamsAppPackagerTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("chatbot-teams-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Build_ValidRequest_WritesExactlyManifestAndIconsAtTheRoot()
    {
        var output = Path.Combine(folder, "out", "chatbot-teams.zip");

        var problems = TeamsAppPackager.Build(SampleRequest.Create(output));

        Assert.Empty(problems);
        using var zip = ZipFile.OpenRead(output);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
    }

    [Fact]
    public void Build_ValidRequest_PackagedManifestIsFilledAndValid()
    {
        var output = Path.Combine(folder, "chatbot-teams.zip");
        TeamsAppPackager.Build(SampleRequest.Create(output));

        using var zip = ZipFile.OpenRead(output);
        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        var text = reader.ReadToEnd();

        Assert.Empty(ManifestValidator.Validate(text, ShippedSchema.Value));
        Assert.Equal(SampleRequest.BotId.ToString(), (string?)JsonNode.Parse(text)!["bots"]![0]!["botId"]);
    }

    [Fact]
    public void Build_VersionGiven_ReplacesTheTemplateVersion()
    {
        var request = SampleRequest.Create(Path.Combine(folder, "p.zip")) with { Version = "2.3.4" };

        var manifest = TeamsAppPackager.FillTemplate(RepositoryFiles.ReadText("deploy", "teams", "manifest.json"), request);

        Assert.Equal("2.3.4", (string?)JsonNode.Parse(manifest)!["version"]);
    }

    [Fact]
    public void Build_BrokenTemplate_ReportsProblemsAndKeepsTheExistingPackage()
    {
        var template = Path.Combine(folder, "template");
        Directory.CreateDirectory(template);
        foreach (var name in TeamsAppPackager.PackageFiles)
        {
            File.Copy(RepositoryFiles.PathOf("deploy", "teams", name), Path.Combine(template, name));
        }

        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(template, "manifest.json")))!;
        manifest["name"]!["short"] = new string('x', 40);
        File.WriteAllText(Path.Combine(template, "manifest.json"), manifest.ToJsonString());
        var output = Path.Combine(folder, "existing.zip");
        File.WriteAllText(output, "previous package");

        var problems = TeamsAppPackager.Build(SampleRequest.Create(output) with { TemplateFolder = template });

        Assert.Contains(problems, p => p.Contains("name.short", StringComparison.Ordinal));
        Assert.Equal("previous package", File.ReadAllText(output));
    }

    [Fact]
    public void Build_MissingIcon_ReportsTheMissingFile()
    {
        var template = Path.Combine(folder, "empty");
        Directory.CreateDirectory(template);

        var problems = TeamsAppPackager.Build(SampleRequest.Create(Path.Combine(folder, "x.zip")) with { TemplateFolder = template });

        Assert.Equal(3, problems.Count);
        Assert.All(problems, p => Assert.StartsWith("Missing ", p, StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(folder, "x.zip")));
    }
}
